package org.sextortionshield.core.platform;

/**
 * Finding a platform's fixed phrases in message text by hand, never with a regular expression: case-insensitive, and
 * any run of white space in the phrase matches any run of white space (line breaks, non-breaking spaces) in the text,
 * because the same template reads differently as plain text and as HTML. Only the first {@value #MAX_SEARCH}
 * characters of a text are searched: notifications put their template near the top.
 */
final class Anchors {
  static final int MAX_SEARCH = 200_000;

  private Anchors() {}

  /** The span [start, end) of the first occurrence of {@code phrase} at or after {@code from}, or null. */
  static int[] find(String text, String phrase, int from) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      return null;
    }
    int limit = Math.min(text.length(), MAX_SEARCH);
    char first = Character.toLowerCase(p.charAt(0));
    for (int i = Math.max(0, from); i < limit; i++) {
      if (Character.toLowerCase(text.charAt(i)) != first) {
        continue;
      }
      int end = matchAt(text, limit, i, p);
      if (end >= 0) {
        return new int[] {i, end};
      }
    }
    return null;
  }

  static boolean contains(String text, String phrase) {
    return find(text, phrase, 0) != null;
  }

  /** The end of {@code phrase} matched at {@code at}, or -1. */
  private static int matchAt(String text, int limit, int at, String phrase) {
    int t = at;
    int p = 0;
    while (p < phrase.length()) {
      char pc = phrase.charAt(p);
      if (isSpace(pc)) {
        if (t >= limit || !isSpace(text.charAt(t))) {
          return -1;
        }
        while (p < phrase.length() && isSpace(phrase.charAt(p))) {
          p++;
        }
        while (t < limit && isSpace(text.charAt(t))) {
          t++;
        }
        continue;
      }
      if (t >= limit || Character.toLowerCase(text.charAt(t)) != Character.toLowerCase(pc)) {
        return -1;
      }
      t++;
      p++;
    }
    return t;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
