package org.sextortionshield.core.model;

import java.util.List;

/**
 * What the model says about one message: the calibrated probability that it is sextortion, and the words, phrases
 * and signals that pushed it most (largest {@code |weight|} first; positive toward sextortion, negative away).
 */
public record ModelOpinion(double probability, List<TopFeature> topFeatures) {

  /**
   * One thing the model reacted to.
   *
   * @param text what the sender wrote (the first occurrence), or the signal's id
   * @param feature the normalised form the model saw (placeholders such as {@code <number>} for what scams vary)
   * @param weight its share of the decision value: the sum of weight × value of the features it produced
   */
  public record TopFeature(String text, String feature, double weight) {}
}
