package org.sextortionshield.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a message becomes features; stored in every model file, so inference always extracts exactly what the model
 * was trained on.
 *
 * @param hashBits features are hashed into {@code 2^hashBits} buckets
 * @param wordNgrams word n-grams of length 1..wordNgrams
 * @param charMin shortest character n-gram (within one word, padded with word-boundary marks)
 * @param charMax longest character n-gram
 * @param maxTerms at most this many words (and placeholders) per message are read, so huge messages stay cheap
 */
public record FeatureConfig(int hashBits, int wordNgrams, int charMin, int charMax, int maxTerms) {
  /** Words longer than this get no character n-grams: they are encoded blobs, not words. */
  static final int MAX_CHAR_GRAM_WORD = 40;

  public FeatureConfig {
    check(hashBits >= 8 && hashBits <= 24, "hash-bits must be 8..24, got " + hashBits);
    check(wordNgrams >= 1 && wordNgrams <= 4, "word-ngrams must be 1..4, got " + wordNgrams);
    check(charMin >= 1 && charMin <= charMax && charMax <= 8, "char-ngrams must be within 1..8, got " + charMin
        + "-" + charMax);
    check(maxTerms >= 1, "max-terms must be positive, got " + maxTerms);
  }

  public int dimension() {
    return 1 << hashBits;
  }

  /** The header lines of a model file. */
  public Map<String, String> toHeader() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("hash-bits", Integer.toString(hashBits));
    h.put("word-ngrams", "1-" + wordNgrams);
    h.put("char-ngrams", charMin + "-" + charMax);
    h.put("max-terms", Integer.toString(maxTerms));
    return h;
  }

  /** Reads the header lines written by {@link #toHeader()}; a missing or malformed value is an error. */
  public static FeatureConfig fromHeader(Map<String, String> header) {
    int[] words = range(header, "word-ngrams");
    check(words[0] == 1, "word-ngrams must start at 1");
    int[] chars = range(header, "char-ngrams");
    return new FeatureConfig(number(header, "hash-bits"), words[1], chars[0], chars[1], number(header, "max-terms"));
  }

  private static int[] range(Map<String, String> header, String key) {
    String v = value(header, key);
    int dash = v.indexOf('-');
    try {
      return new int[] {Integer.parseInt(v.substring(0, dash).strip()), Integer.parseInt(v.substring(dash + 1).strip())};
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " must look like 'a-b', got '" + v + "'");
    }
  }

  static int number(Map<String, String> header, String key) {
    String v = value(header, key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'");
    }
  }

  static String value(Map<String, String> header, String key) {
    String v = header.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v;
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(problem);
    }
  }
}
