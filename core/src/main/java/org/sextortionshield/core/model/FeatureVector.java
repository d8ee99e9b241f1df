package org.sextortionshield.core.model;

import java.util.Arrays;

/** A message's features: distinct bucket indices in ascending order with their values. Immutable once built. */
public final class FeatureVector {
  private final int[] indices;
  private final float[] values;

  FeatureVector(int[] indices, float[] values) {
    this.indices = indices;
    this.values = values;
  }

  public int size() {
    return indices.length;
  }

  public int index(int i) {
    return indices[i];
  }

  public float value(int i) {
    return values[i];
  }

  /**
   * The features of one block: each distinct bucket's count becomes {@code 1 + ln(count)} (a word said ten times
   * is not ten times the evidence), then the block is scaled to unit length so long and short mails weigh alike.
   */
  static FeatureVector ofCounts(int[] buckets, int count, boolean normalise) {
    int[] sorted = Arrays.copyOf(buckets, count);
    Arrays.sort(sorted);
    int[] idx = new int[count];
    float[] val = new float[count];
    int n = 0;
    for (int i = 0; i < count; ) {
      int j = i;
      while (j < count && sorted[j] == sorted[i]) {
        j++;
      }
      idx[n] = sorted[i];
      val[n] = normalise ? (float) (1 + Math.log(j - i)) : 1f;
      n++;
      i = j;
    }
    if (normalise && n > 0) {
      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm += (double) val[i] * val[i];
      }
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < n; i++) {
        val[i] *= scale;
      }
    }
    return new FeatureVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
  }

  /** The sum of several vectors (blocks), merged in index order. */
  static FeatureVector sum(FeatureVector... parts) {
    int total = 0;
    for (FeatureVector p : parts) {
      total += p.size();
    }
    int[] idx = new int[total];
    float[] val = new float[total];
    int[] pos = new int[parts.length];
    int n = 0;
    while (true) {
      int min = Integer.MAX_VALUE;
      for (int p = 0; p < parts.length; p++) {
        if (pos[p] < parts[p].size()) {
          min = Math.min(min, parts[p].indices[pos[p]]);
        }
      }
      if (min == Integer.MAX_VALUE) {
        break;
      }
      float v = 0;
      for (int p = 0; p < parts.length; p++) {
        if (pos[p] < parts[p].size() && parts[p].indices[pos[p]] == min) {
          v += parts[p].values[pos[p]++];
        }
      }
      idx[n] = min;
      val[n++] = v;
    }
    return new FeatureVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
  }
}
