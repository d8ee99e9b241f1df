package org.sextortionshield.core.text;

import java.util.BitSet;

/**
 * Text prepared for matching, with a map back to the original. Every normalised character knows which original
 * character produced it, so evidence always quotes what the sender actually wrote.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /** The text's chars, at least as many; the entries past it are unused (as are source's). */
  private final char[] chars;
  private final int[] source;
  private final int foldedLetters;
  private final BitSet lookalike;
  /** Marks a matching form whose cased chars are worked out from it and its original when asked. */
  static final char[] CASED_FROM_ORIGINAL = new char[0];
  /**
   * A matching form's case-preserving chars (see {@link TextNormalizer#casePreserving(NormalizedText)}), or
   * {@link #CASED_FROM_ORIGINAL}, or null.
   */
  private final char[] cased;

  NormalizedText(String original, String text, char[] chars, int[] source, int foldedLetters, BitSet lookalike,
      char[] cased) {
    this.original = original;
    this.text = text;
    this.chars = chars;
    this.source = source;
    this.foldedLetters = foldedLetters;
    this.lookalike = lookalike;
    this.cased = cased;
  }

  /** The text's chars (not to be changed; may be longer than the text). */
  char[] chars() {
    return chars;
  }

  /** The case-preserving form's chars, when this matching form's pass could write them beside its own; or null. */
  char[] cased() {
    return cased == CASED_FROM_ORIGINAL ? TextNormalizer.casedFromOriginal(chars, text.length(), original, this) : cased;
  }

  /** The same original and offset map with other characters of the same length (the map is never changed). */
  NormalizedText withText(String sameLength, char[] itsChars) {
    return new NormalizedText(original, sameLength, itsChars, source, foldedLetters, lookalike, null);
  }

  /** True when normalised position {@code index} came from a look-alike letter or carried stacked marks. */
  public boolean isLookalike(int index) {
    return lookalike != null && lookalike.get(index);
  }

  public String original() {
    return original;
  }

  /** The normalised text: folded, case-folded (unless made case-preserving), white space collapsed. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** How many look-alike letters were folded and stacked marks dropped: a measure of obfuscation. */
  public int foldedLetters() {
    return foldedLetters;
  }

  /** Original offset of the character that produced normalised position {@code index}. */
  public int sourceStart(int index) {
    if (text.isEmpty()) {
      return 0;
    }
    return source[Math.min(Math.max(index, 0), text.length() - 1)];
  }

  /**
   * Original offset just after the character that produced normalised position {@code endExclusive - 1}, including
   * any combining marks or invisible characters that were dropped right after it.
   */
  public int sourceEnd(int endExclusive) {
    if (endExclusive <= 0 || text.isEmpty()) {
      return 0;
    }
    int start = source[Math.min(endExclusive, text.length()) - 1];
    int end = start + Character.charCount(original.codePointAt(start));
    while (end < original.length()) {
      int cp = original.codePointAt(end);
      if (!TextNormalizer.isDropped(cp)) {
        break;
      }
      end += Character.charCount(cp);
    }
    return end;
  }

  /** The original text behind normalised span [start, end). */
  public String quote(int start, int end) {
    int from = sourceStart(start);
    int to = sourceEnd(end);
    return from < to ? original.substring(from, to) : "";
  }
}
