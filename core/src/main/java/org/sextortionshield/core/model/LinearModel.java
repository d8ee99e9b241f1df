package org.sextortionshield.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A linear model over hashed features with Platt calibration: the decision value is
 * {@code f = bias + sum(weight[bucket] * value)}, the probability of sextortion is
 * {@code 1 / (1 + exp(a * f + b))} with {@code a} and {@code b} fitted on held-out folds. Weights are kept dense (one
 * float per bucket), so a prediction is one array read per feature. Immutable and thread-safe.
 */
public final class LinearModel {
  private final FeatureConfig config;
  private final float[] weights;
  private final double bias;
  private final double calibrationA;
  private final double calibrationB;
  private final Map<String, String> info;

  /**
   * @param info descriptive header lines (training corpus fingerprint, parameters); kept in the file, never used to
   *     predict
   */
  public LinearModel(FeatureConfig config, float[] weights, double bias, double calibrationA, double calibrationB,
      Map<String, String> info) {
    if (weights.length != config.dimension()) {
      throw new IllegalArgumentException("expected " + config.dimension() + " weights, got " + weights.length);
    }
    this.config = config;
    this.weights = weights;
    this.bias = bias;
    this.calibrationA = calibrationA;
    this.calibrationB = calibrationB;
    this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
  }

  public FeatureConfig config() {
    return config;
  }

  public double bias() {
    return bias;
  }

  public double calibrationA() {
    return calibrationA;
  }

  public double calibrationB() {
    return calibrationB;
  }

  public Map<String, String> info() {
    return info;
  }

  public float weight(int bucket) {
    return weights[bucket];
  }

  /** The weights by bucket, for reading many at once; not to be changed. */
  float[] weights() {
    return weights;
  }

  /** How many buckets carry a weight. */
  public int nonZeroWeights() {
    int n = 0;
    for (float w : weights) {
      if (w != 0) {
        n++;
      }
    }
    return n;
  }

  public double decision(FeatureVector v) {
    double f = bias;
    for (int i = 0; i < v.size(); i++) {
      f += weights[v.index(i)] * v.value(i);
    }
    return f;
  }

  /** The calibrated probability that the message is sextortion. */
  public double probability(FeatureVector v) {
    return probabilityOf(decision(v));
  }

  public double probabilityOf(double decision) {
    return 1 / (1 + Math.exp(calibrationA * decision + calibrationB));
  }
}
