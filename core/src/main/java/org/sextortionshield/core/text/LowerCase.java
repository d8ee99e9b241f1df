package org.sextortionshield.core.text;

import java.util.Locale;

/**
 * Lower case that keeps every character where it was, one char for one char, so that an offset found in the
 * lower-cased text is the same offset in the original. {@link String#toLowerCase} does not promise that: "İ"
 * (U+0130) becomes two chars, and the offsets after it pointed past the original (found by fuzzing).
 */
public final class LowerCase {
  private LowerCase() {}

  /** {@code s} lower-cased, of the same length with every char in its place. */
  public static String of(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    // U+0130 is the one character whose lower case is longer, and none is shorter (checked over all of Unicode on
    // Java 17 and 25); the same length therefore means every char is where it was
    if (lower.length() == s.length()) {
      return lower;
    }
    char[] lowered = new char[s.length()];
    for (int i = 0; i < lowered.length; i++) {
      lowered[i] = Character.toLowerCase(s.charAt(i));
    }
    return new String(lowered);
  }
}
