package org.sextortionshield.core.indicator;

import java.util.Collection;
import org.sextortionshield.core.cache.RecentAnswers;
import org.sextortionshield.core.text.Tokens;

/**
 * Tells most words of a text from a few dozen keys before a map is asked. Two tests, each passing every key: the
 * word's shape (first and last character, length), read from the text beside the token without touching the word's
 * string, whose hash is mostly not worked out yet (working it out was most of a deadline scan); then one bit per
 * key's hash, of 4096.
 */
public final class HashFilter {
  private final long[] bits = new long[64];
  /** Per first and last character (5 low bits of each): bit {@code min(length, 63)} for each key of that shape. */
  private final long[] shapes = new long[1024];

  /**
   * The thread's last {@value #KEPT} answers of {@link #candidates} (a message's visible segments, asked by one stage
   * after another). Only texts of up to {@value #KEPT_CHARS} chars are kept, so that a thread holds little between
   * messages.
   */
  private static final int KEPT = 4;
  private static final int KEPT_CHARS = 1 << 14;
  private final RecentAnswers<Tokens, int[]> recent = new RecentAnswers<>(KEPT);

  private HashFilter() {}

  /** A filter that passes the keys of both. */
  public static HashFilter union(HashFilter a, HashFilter b) {
    HashFilter f = new HashFilter();
    for (int k = 0; k < f.bits.length; k++) {
      f.bits[k] = a.bits[k] | b.bits[k];
    }
    for (int k = 0; k < f.shapes.length; k++) {
      f.shapes[k] = a.shapes[k] | b.shapes[k];
    }
    return f;
  }

  /**
   * The indexes, ascending, of the words of {@code tokens} that {@link #mayContain(Tokens, String, int)} passes (not to
   * be changed). Stages that ask one segment's words in turn share one pass: the thread keeps its last answer (and so
   * its last segments' words, until it asks for others').
   */
  public int[] candidates(Tokens tokens) {
    return tokens.text().text().length() > KEPT_CHARS ? scan(tokens) : recent.get(tokens, this::scan);
  }

  private int[] scan(Tokens tokens) {
    String text = tokens.text().text();
    int[] at = new int[8];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (mayContain(tokens, text, i)) {
        if (n == at.length) {
          at = java.util.Arrays.copyOf(at, n * 2);
        }
        at[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(at, n);
  }

  public static HashFilter of(Collection<String> keys) {
    HashFilter f = new HashFilter();
    for (String key : keys) {
      int h = key.hashCode();
      f.bits[(h >>> 6) & 63] |= 1L << h;
      int n = key.length();
      if (n == 0) {
        f.shapes[0] |= 1L;
      } else {
        f.shapes[shape(key.charAt(0), key.charAt(n - 1))] |= 1L << Math.min(n, 63);
      }
    }
    return f;
  }

  /** False when {@code word} is surely no key. */
  public boolean mayContain(String word) {
    int n = word.length();
    return (n == 0 ? (shapes[0] & 1L) != 0 : hasShape(word.charAt(0), word.charAt(n - 1), n)) && hashMayMatch(word);
  }

  /**
   * False when word {@code i} of {@code tokens} is surely no key; {@code text} is {@code tokens.text().text()}. A word
   * with a number is its text's span, whose ends and length are read there; another (letters spelled out) is asked
   * by its string.
   */
  public boolean mayContain(Tokens tokens, String text, int i) {
    if (tokens.wordId(i) < 0) {
      return mayContain(tokens.word(i));
    }
    int start = tokens.start(i);
    int end = tokens.end(i);
    return hasShape(text.charAt(start), text.charAt(end - 1), end - start) && hashMayMatch(tokens.word(i));
  }

  private boolean hasShape(char first, char last, int length) {
    return (shapes[shape(first, last)] >>> Math.min(length, 63) & 1L) != 0;
  }

  private boolean hashMayMatch(String word) {
    int h = word.hashCode();
    return (bits[(h >>> 6) & 63] & 1L << h) != 0;
  }

  private static int shape(char first, char last) {
    return (first & 31) << 5 | (last & 31);
  }
}
