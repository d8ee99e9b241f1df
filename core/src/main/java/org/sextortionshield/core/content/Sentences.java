package org.sextortionshield.core.content;

/** Cuts the sentence around a span out of a text, for human-readable evidence. */
final class Sentences {
  private Sentences() {}

  static String around(String text, int start, int end, int max) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int budget = Math.max(0, max - (e - s)) / 2;
    int from = s;
    while (from > 0 && s - from < budget && !isBoundary(text, from - 1)) {
      from--;
    }
    int to = e;
    while (to < text.length() && to - e < budget && !isBoundary(text, to)) {
      to++;
    }
    if (to < text.length() && isBoundary(text, to) && text.charAt(to) != '\n') {
      to++; // keep the full stop
    }
    return collapse(text.substring(from, to));
  }

  private static boolean isBoundary(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return i + 1 < text.length() && text.charAt(i + 1) == '\n' || i > 0 && text.charAt(i - 1) == '\n';
    }
    if (c == '.' || c == '!' || c == '?') {
      return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }
    return false;
  }

  static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
