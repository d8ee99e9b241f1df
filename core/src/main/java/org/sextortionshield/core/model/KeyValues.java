package org.sextortionshield.core.model;

/**
 * A message's sorted feature keys turned into values: per block, each distinct key's count becomes
 * {@code 1 + ln(count)} (a word said ten times is not ten times the evidence) and the words and characters blocks
 * are scaled to unit length so long and short mails weigh alike; signal features are 1. A bucket that occurs in
 * several blocks gets the sum of its values, added in block order. The sums are taken in ascending key order, the
 * order that makes a prediction's probability what it is to the last bit; the loops avoid branches on the data
 * (which key repeats, which block a key is in: both unpredictable) and sums kept in memory.
 */
final class KeyValues {
  private static final int WORDS = FeatureExtractor.Block.WORDS.ordinal();
  private static final int CHARS = FeatureExtractor.Block.CHARS.ordinal();
  private static final int SIGNALS = FeatureExtractor.Block.SIGNALS.ordinal();
  private static final int ONE = Float.floatToRawIntBits(1f);

  private int[] keys;
  /** Per distinct key, the bits of its unscaled value (1 for a signal). */
  private int[] values;
  private int distinct;
  /** Some bucket occurs in more than one block. */
  private boolean shared;
  private final float[] scale = new float[3];
  /** Per distinct key, its bucket's weight (for a decision). */
  private float[] weights = new float[0];

  /**
   * Collapses runs of equal keys in place into distinct keys and their unscaled values, and works out each block's
   * scale.
   *
   * @param keys ascending in their low {@code keyBits} bits; overwritten: its first entries become the distinct keys
   * @param values room for {@code size} ints, overwritten
   * @param keyBits a key's bits; the bits above count further occurrences of the same key
   */
  KeyValues of(int[] keys, int size, int[] values, int keyBits) {
    int keyMask = (1 << keyBits) - 1;
    int d = 0;
    int run = 0; // the count of the run so far
    for (int i = 0; i < size; i++) {
      int raw = keys[i];
      int key = raw & keyMask;
      int next = i + 1 < size ? keys[i + 1] & keyMask : -1;
      run += 1 + (raw >>> keyBits);
      int ends = key != next ? 1 : 0;
      keys[d] = key; // at i at most: the keys still to read stay intact
      values[d] = run;
      d += ends;
      run &= ends - 1; // a new run starts from 0
    }
    // each block's squares summed in ascending key order, in registers (not in an array indexed by the block) and
    // without a branch on the block: a key of another block adds 0.0, which leaves a sum of squares as it was
    int sharing = 0;
    double words = 0;
    double chars = 0;
    for (int i = 0; i < d; i++) {
      int key = keys[i];
      int block = key & 3;
      float v = FeatureVector.damped(values[i]);
      double square = (double) v * v;
      words += square * ((block - 1) >>> 31); // 1 for WORDS (0), else 0
      chars += square * (((block ^ 1) - 1) >>> 31); // 1 for CHARS (1), else 0
      int bits = Float.floatToRawIntBits(v);
      values[i] = bits ^ ((bits ^ ONE) & -(block >>> 1)); // a signal's value is 1
      int next = i + 1 < d ? keys[i + 1] : -1;
      sharing |= (((key ^ next) >>> 2) - 1) >>> 31; // the next key has the same bucket
    }
    this.keys = keys;
    this.values = values;
    this.distinct = d;
    this.shared = sharing != 0;
    scale[WORDS] = words == 0 ? 1f : (float) (1 / Math.sqrt(words));
    scale[CHARS] = chars == 0 ? 1f : (float) (1 / Math.sqrt(chars));
    scale[SIGNALS] = 1f;
    return this;
  }

  /** The value of distinct key {@code i}. */
  private float value(int i) {
    return Float.intBitsToFloat(values[i]) * scale[keys[i] & 3];
  }

  /** {@code model.decision(vector())}, bit for bit (the same values added in the same order). */
  double decision(LinearModel model) {
    // the weights first, in a loop of nothing else: most are not in the processor's cache, and a loop this small
    // has many of them on the way at once
    if (weights.length < distinct) {
      weights = new float[values.length];
    }
    float[] all = model.weights();
    for (int i = 0; i < distinct; i++) {
      weights[i] = all[keys[i] >>> 2];
    }
    double f = model.bias();
    if (!shared) { // one key per bucket: the usual case, and a loop without a test per key
      for (int i = 0; i < distinct; i++) {
        f += weights[i] * value(i);
      }
      return f;
    }
    for (int i = 0; i < distinct; i++) {
      float weight = weights[i];
      float val = value(i);
      while (i + 1 < distinct && keys[i + 1] >>> 2 == keys[i] >>> 2) {
        val += value(++i);
      }
      f += weight * val;
    }
    return f;
  }

  FeatureVector vector() {
    int buckets = 0;
    int last = -1;
    for (int i = 0; i < distinct; i++) {
      if (keys[i] >>> 2 != last) {
        buckets++;
        last = keys[i] >>> 2;
      }
    }
    int[] idx = new int[buckets];
    float[] val = new float[buckets];
    int n = -1;
    last = -1;
    for (int i = 0; i < distinct; i++) {
      float v = value(i);
      if (keys[i] >>> 2 != last) {
        last = keys[i] >>> 2;
        idx[++n] = last;
        val[n] = v;
      } else {
        val[n] += v;
      }
    }
    return new FeatureVector(idx, val);
  }
}
