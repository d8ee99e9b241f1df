package org.sextortionshield.core.indicator;

/**
 * Reads a text as {@code LowerCase.of(text)} would show it, char by char in place, so that a scan looking for a few
 * ASCII marks need not lower-case (copy) the whole text first. For an ASCII char {@code x},
 * {@code Character.toLowerCase(c) == x} exactly where {@code LowerCase.of} puts {@code x}: the only chars whose lower
 * case differs between {@link String#toLowerCase} and {@link Character#toLowerCase} ("İ", a final "Σ") lower-case to
 * non-ASCII chars or make {@code LowerCase.of} use the latter.
 */
public final class LowerAt {
  private LowerAt() {}

  /** {@code c} lower-cased, ASCII at the cost of a compare. */
  public static char of(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  /** True when {@code LowerCase.of(s).startsWith(lower, at)}; {@code lower} is ASCII lower case. */
  public static boolean startsWith(String s, int at, String lower) {
    if (at < 0 || at + lower.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (of(s.charAt(at + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
