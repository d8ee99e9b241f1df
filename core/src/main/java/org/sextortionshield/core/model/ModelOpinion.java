package org.sextortionshield.core.model;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the model says about one message: the calibrated probability that it is sextortion, the words and phrases
 * that pushed it most (largest {@code |weight|} first; positive toward sextortion, negative away), and how much the
 * rules' signals (shown as the verdict's own evidence) pushed it together.
 *
 * <p>The explanation (top features and signals' weight) may be worked out on first use: it costs several times the
 * prediction, and a mail server deciding a message needs only the probability. Thread-safe.
 */
public final class ModelOpinion {
  private final double probability;
  private Supplier<Explanation> pending;
  private Explanation explanation;

  /** An opinion with its explanation. */
  public ModelOpinion(double probability, double signalsWeight, List<TopFeature> topFeatures) {
    this.probability = probability;
    this.explanation = new Explanation(signalsWeight, List.copyOf(topFeatures));
  }

  /** An opinion without explanation (nothing to show). */
  public ModelOpinion(double probability) {
    this(probability, 0, List.of());
  }

  private ModelOpinion(double probability, Supplier<Explanation> explanation) {
    this.probability = probability;
    this.pending = explanation;
  }

  /** An opinion whose explanation is worked out when first asked for. */
  static ModelOpinion explainedOnDemand(double probability, Supplier<Explanation> explanation) {
    return new ModelOpinion(probability, explanation);
  }

  public double probability() {
    return probability;
  }

  /** The signals' share of the decision value (their features and pairs). */
  public double signalsWeight() {
    return explanation().signalsWeight();
  }

  public List<TopFeature> topFeatures() {
    return explanation().topFeatures();
  }

  /** Works the explanation out now if it is not yet (so that it is not done later on another thread). */
  public ModelOpinion explained() {
    explanation();
    return this;
  }

  private synchronized Explanation explanation() {
    if (explanation == null) {
      explanation = pending.get();
      pending = null; // lets go of the message
    }
    return explanation;
  }

  @Override
  public String toString() {
    return "ModelOpinion[probability=" + probability + ", " + explanation() + "]";
  }

  /** The explanation part of an opinion. */
  record Explanation(double signalsWeight, List<TopFeature> topFeatures) {}

  /**
   * One thing the model reacted to.
   *
   * @param text what the sender wrote (the first occurrence)
   * @param feature the normalised form the model saw (placeholders such as {@code <number>} for what scams vary)
   * @param weight its share of the decision value: the sum of weight × value of the features it produced
   */
  public record TopFeature(String text, String feature, double weight) {}
}
