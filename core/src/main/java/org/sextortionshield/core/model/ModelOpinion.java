package org.sextortionshield.core.model;

import java.util.List;

/**
 * What the model says about one message: the calibrated probability that it is sextortion, the words and phrases
 * that pushed it most (largest {@code |weight|} first; positive toward sextortion, negative away), and how much the
 * rules' signals (shown as the verdict's own evidence) pushed it together.
 *
 * @param signalsWeight the signals' share of the decision value (their features and pairs)
 */
public record ModelOpinion(double probability, double signalsWeight, List<TopFeature> topFeatures) {

  public ModelOpinion(double probability) {
    this(probability, 0, List.of());
  }

  /**
   * One thing the model reacted to.
   *
   * @param text what the sender wrote (the first occurrence)
   * @param feature the normalised form the model saw (placeholders such as {@code <number>} for what scams vary)
   * @param weight its share of the decision value: the sum of weight × value of the features it produced
   */
  public record TopFeature(String text, String feature, double weight) {}
}
