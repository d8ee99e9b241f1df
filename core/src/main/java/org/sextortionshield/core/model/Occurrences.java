package org.sextortionshield.core.model;

import java.util.Arrays;

/**
 * Every feature occurrence of one message in text order, as {@link FeatureVector#key} keys, and where the
 * explanation needs it, what produced each one (segment, first term, term count; for signals their indices). Kept
 * per thread and reused for extraction, so a prediction allocates little beyond its {@link FeatureVector}.
 */
final class Occurrences {
  /** Reused capacity above this is dropped after a message, so one huge mail does not pin memory per thread. */
  private static final int KEEP = 1 << 16;
  private static final int RADIX_BITS = 11;
  private static final int SMALL_RADIX_BITS = 8;
  private static final ThreadLocal<Occurrences> SCRATCH = ThreadLocal.withInitial(() -> new Occurrences(false));

  final boolean withOrigins;
  int[] keys = new int[1024];
  int size;
  /** With origins: the segment (-1 for signals), first term (signal index) and term count (pair partner or -1). */
  int[] segments;
  int[] firsts;
  int[] counts;
  /** Room for hashing one word's letter n-grams (see {@link WordGrams#keys}). */
  final int[] gramScratch = new int[WordGrams.scratch(FeatureConfig.MAX_CHAR_GRAM_WORD)];
  /** Letter n-grams of many words hashed at once (the prediction's). */
  final GramBatch batch = new GramBatch();
  /** Where each distinct word's letter n-grams are among the keys (see {@link GramCache}). */
  final GramCache grams = new GramCache();
  private int[] sortBuffer = new int[0];
  private int[] runCounts = new int[0];
  private final KeyValues keyValues = new KeyValues();
  private final int[] histogram = new int[1 << RADIX_BITS];
  /** Bits of a key ({@link FeatureVector#key}); the bits above count repeats (see {@link #addRepeats}). */
  private int keyBits = 31;

  Occurrences(boolean withOrigins) {
    this.withOrigins = withOrigins;
    if (withOrigins) {
      segments = new int[keys.length];
      firsts = new int[keys.length];
      counts = new int[keys.length];
    }
  }

  /** This thread's reusable buffer (never with origins), emptied. */
  static Occurrences scratch() {
    Occurrences o = SCRATCH.get();
    if (o.keys.length > KEEP || o.batch.capacity() > KEEP) {
      o = new Occurrences(false);
      SCRATCH.set(o);
    }
    o.size = 0;
    return o;
  }

  void add(int key, int segment, int first, int count) {
    reserve(1)[size] = key;
    commit(size + 1, segment, first, count);
  }

  /** The key array, with room for {@code more} keys after {@code size}; write them, then {@link #commit}. */
  int[] reserve(int more) {
    if (size + more > keys.length) {
      int cap = Math.max(keys.length * 2, size + more);
      keys = Arrays.copyOf(keys, cap);
      if (withOrigins) {
        segments = Arrays.copyOf(segments, cap);
        firsts = Arrays.copyOf(firsts, cap);
        counts = Arrays.copyOf(counts, cap);
      }
    }
    return keys;
  }

  /** Takes the keys written up to {@code end}, all with the same origin. */
  void commit(int end, int segment, int first, int count) {
    if (withOrigins) {
      Arrays.fill(segments, size, end, segment);
      Arrays.fill(firsts, size, end, first);
      Arrays.fill(counts, size, end, count);
    }
    size = end;
  }

  /** Empties the cache of words' n-grams for a message with keys of {@code hashBits + 2} bits. */
  void begin(int maxTerms, int hashBits) {
    grams.begin(maxTerms);
    keyBits = hashBits + 2;
  }

  /**
   * The feature vector: the keys sorted (a radix sort: the keys are small non-negative ints, and sorting them by
   * comparison was a tenth of a scan), then per block each distinct bucket's count turned into its value.
   */
  FeatureVector vector() {
    if (withOrigins) {
      throw new IllegalStateException("sorting would separate occurrences from their origins");
    }
    return values().vector();
  }

  /** The message's decision value under {@code model}: {@code model.decision(vector())}, without making the vector. */
  double decision(LinearModel model) {
    return values().decision(model);
  }

  private KeyValues values() {
    addRepeats();
    int[] sorted = sortedKeys();
    if (runCounts.length < size) {
      runCounts = new int[keys.length];
    }
    return keyValues.of(sorted, size, runCounts, keyBits);
  }

  /** Bits of a key; the bits above count further occurrences (see {@link #repeat}). */
  int keyBits() {
    return keyBits;
  }

  /** The most further occurrences a key's bits above {@link #keyBits} can count. */
  int mostRepeats() {
    return (1 << (31 - keyBits)) - 1;
  }

  /** Writes the repeats of each word's letter n-grams into their keys (see {@link #repeat}). */
  private void addRepeats() {
    for (int i = 0; i < grams.size(); i++) {
      int slot = grams.slot(i);
      repeat(grams.offset(slot), grams.offset(slot) + grams.count(slot), 1 + grams.repeats(slot));
    }
  }

  /**
   * Counts the keys [from, to), written once each, {@code times} times: a key's bits above {@link #keyBits} say how
   * many more times it occurred. Where that field is too small, copies of the keys carry the rest.
   */
  void repeat(int from, int to, int times) {
    int most = (1 << (31 - keyBits)) - 1;
    int count = to - from;
    int left = times - 1;
    int extra = Math.min(left, most);
    if (extra > 0) {
      for (int k = from; k < to; k++) {
        keys[k] |= extra << keyBits;
      }
    }
    for (left -= extra; left > 0; left -= extra + 1) {
      extra = Math.min(left - 1, most); // a copy is one occurrence and its extra
      int[] copy = reserve(count);
      for (int k = 0; k < count; k++) {
        copy[size + k] = (copy[from + k] & ((1 << keyBits) - 1)) | extra << keyBits;
      }
      size += count;
    }
  }

  /** The first {@code size} keys in ascending order of their low {@link #keyBits} bits; the order of keys changes. */
  private int[] sortedKeys() {
    int keyMask = (1 << keyBits) - 1;
    if (size < 64) { // a radix pass clears its histogram; a few keys sort faster in place
      for (int i = 1; i < size; i++) {
        int k = keys[i];
        int j = i - 1;
        while (j >= 0 && (keys[j] & keyMask) > (k & keyMask)) {
          keys[j + 1] = keys[j];
          j--;
        }
        keys[j + 1] = k;
      }
      return keys;
    }
    if (sortBuffer.length < size) {
      sortBuffer = new int[keys.length];
    }
    int[] from = keys;
    int[] to = sortBuffer;
    // a pass clears and sums its histogram: few keys take more passes over a smaller one
    int digitBits = size < 2048 ? SMALL_RADIX_BITS : RADIX_BITS;
    for (int shift = 0; shift < keyBits; shift += digitBits) {
      int mask = (1 << Math.min(digitBits, keyBits - shift)) - 1;
      Arrays.fill(histogram, 0, mask + 1, 0);
      for (int i = 0; i < size; i++) {
        histogram[(from[i] >>> shift) & mask]++;
      }
      int sum = 0;
      for (int d = 0; d <= mask; d++) {
        int c = histogram[d];
        histogram[d] = sum;
        sum += c;
      }
      for (int i = 0; i < size; i++) {
        to[histogram[(from[i] >>> shift) & mask]++] = from[i];
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    keys = from; // both arrays stay owned here; whichever holds the result becomes the key array
    sortBuffer = to;
    return from;
  }
}
