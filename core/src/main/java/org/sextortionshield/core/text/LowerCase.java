package org.sextortionshield.core.text;

/**
 * Lower case that keeps every character where it was, one char for one char, so that an offset found in the
 * lower-cased text is the same offset in the original. {@link String#toLowerCase} does not promise that: "İ"
 * (U+0130) becomes two chars, and the offsets after it pointed past the original (found by fuzzing).
 */
public final class LowerCase {
  private LowerCase() {}

  /** {@code s} with each char lower-cased on its own; {@code s} itself when none changes. */
  public static String of(String s) {
    char[] lowered = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char l = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      if (l != c) {
        if (lowered == null) {
          lowered = s.toCharArray();
        }
        lowered[i] = l;
      }
    }
    return lowered == null ? s : new String(lowered);
  }
}
