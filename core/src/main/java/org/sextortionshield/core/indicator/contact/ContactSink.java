package org.sextortionshield.core.indicator.contact;

import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.Contact;
import org.sextortionshield.core.indicator.Indicators;

/** Turns a find in a segment's normalised text into a {@link Contact} quoting the original span. */
final class ContactSink {
  private final TextSegment segment;
  private final Indicators.Builder out;

  ContactSink(TextSegment segment, Indicators.Builder out) {
    this.segment = segment;
    this.out = out;
  }

  /** The segment's normalised (case-folded) text, in which the scanners search. */
  String text() {
    return segment.normalized().text();
  }

  void add(String type, String value, int normalizedStart, int normalizedEnd) {
    int from = segment.normalized().sourceStart(normalizedStart);
    int to = segment.normalized().sourceEnd(normalizedEnd);
    out.contact(new Contact(type, value, segment.location(), from, to));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Positions where {@code word} occurs in {@code s} as a whole word (letters/digits not running on either side). */
  static java.util.List<Integer> wordsAt(String s, String word) {
    java.util.List<Integer> at = new java.util.ArrayList<>();
    int i = s.indexOf(word);
    while (i >= 0) {
      int end = i + word.length();
      if ((i == 0 || !isWordChar(s.charAt(i - 1))) && (end >= s.length() || !isWordChar(s.charAt(end)))) {
        at.add(i);
      }
      i = s.indexOf(word, i + 1);
    }
    return at;
  }
}
