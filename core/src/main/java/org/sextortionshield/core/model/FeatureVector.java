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

  /** {@code 1 + ln(count)} for small counts, computed once (a logarithm per distinct feature was measurable). */
  private static final float[] DAMPED = new float[1024];

  static {
    for (int c = 1; c < DAMPED.length; c++) {
      DAMPED[c] = (float) (1 + Math.log(c));
    }
  }

  private static float damped(int count) {
    return count < DAMPED.length ? DAMPED[count] : (float) (1 + Math.log(count));
  }

  /** Key of one feature occurrence: the bucket, and the block in the two low bits (so sorting orders by bucket). */
  static int key(FeatureExtractor.Block block, int bucket) {
    return bucket << 2 | block.ordinal();
  }

  static int bucketOf(int key) {
    return key >>> 2;
  }

  static FeatureExtractor.Block blockOf(int key) {
    return BLOCKS[key & 3];
  }

  private static final FeatureExtractor.Block[] BLOCKS = FeatureExtractor.Block.values();

  /**
   * The vector of a message's feature occurrences, given as {@link #key}s in ascending order. Per block, each
   * distinct bucket's count becomes {@code 1 + ln(count)} (a word said ten times is not ten times the evidence) and
   * the words and characters blocks are scaled to unit length so long and short mails weigh alike; signal features
   * are 1. A bucket that occurs in several blocks gets the sum of its values, added in block order.
   *
   * @param keys overwritten: its first entries become the distinct keys
   * @param counts room for {@code size} counts, overwritten (with the counts, then their damped values)
   * @param keyBits a key's bits; the bits above count further occurrences of the same key
   */
  static FeatureVector ofSortedKeys(int[] keys, int size, int[] counts, int keyBits) {
    // runs of equal keys become one key and its count, in place, without a branch on where a run ends (which key
    // repeats is unpredictable); then each block's length is summed over its distinct buckets in ascending order
    int keyMask = (1 << keyBits) - 1;
    Arrays.fill(counts, 0, size, 0);
    int distinctKeys = 0;
    for (int i = 0; i < size; i++) {
      int raw = keys[i];
      int key = raw & keyMask;
      int next = i + 1 < size ? keys[i + 1] & keyMask : -1;
      keys[distinctKeys] = key; // at i at most: the keys still to read stay intact
      counts[distinctKeys] += 1 + (raw >>> keyBits);
      distinctKeys += key != next ? 1 : 0;
    }
    double[] norm = new double[BLOCKS.length];
    int distinctBuckets = 0;
    int lastBucket = -1;
    for (int i = 0; i < distinctKeys; i++) {
      float v = damped(counts[i]);
      counts[i] = Float.floatToRawIntBits(v); // the count is done with: keep its value for the second pass
      norm[keys[i] & 3] += (double) v * v;
      if (keys[i] >>> 2 != lastBucket) {
        distinctBuckets++;
        lastBucket = keys[i] >>> 2;
      }
    }
    float[] scale = new float[BLOCKS.length];
    for (FeatureExtractor.Block b : BLOCKS) {
      scale[b.ordinal()] = b == FeatureExtractor.Block.SIGNALS || norm[b.ordinal()] == 0 ? 1f
          : (float) (1 / Math.sqrt(norm[b.ordinal()]));
    }
    // second pass: one value per bucket, the blocks' values added in block order
    int[] idx = new int[distinctBuckets];
    float[] val = new float[distinctBuckets];
    int n = -1;
    lastBucket = -1;
    for (int i = 0; i < distinctKeys; i++) {
      int block = keys[i] & 3;
      float v = block == FeatureExtractor.Block.SIGNALS.ordinal() ? 1f : Float.intBitsToFloat(counts[i]) * scale[block];
      if (keys[i] >>> 2 != lastBucket) {
        lastBucket = keys[i] >>> 2;
        idx[++n] = lastBucket;
        val[n] = v;
      } else {
        val[n] += v;
      }
    }
    return new FeatureVector(idx, val);
  }
}
