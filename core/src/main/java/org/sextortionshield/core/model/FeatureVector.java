package org.sextortionshield.core.model;

/**
 * A message's features: distinct bucket indices in ascending order with their values (see {@link KeyValues}).
 * Immutable once built.
 */
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

  static float damped(int count) {
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
}
