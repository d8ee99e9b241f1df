package org.sextortionshield.core.text;

import java.util.function.IntPredicate;

/**
 * How much room to make for the runs of a kind of character in a text (its words, its letters-and-digits runs).
 * A short text gets one run per five characters and its arrays grow when more come (real mail has 5.4 to 5.9
 * characters per word from the 10th percentile to the median: at one per six, over half its texts grew); a long one
 * has its runs counted first, so that arrays of millions of entries are made once (growing them doubled the scan of
 * the 2 MB hostile texts, in garbage collection).
 */
public final class RunRoom {
  /** Texts longer than this have their runs counted first. */
  static final int GROWN_UP_TO = 1 << 16;
  /** A short text's room: one run per this many characters. */
  static final int CHARS_PER_RUN = 5;

  private RunRoom() {}

  /** Room for the runs of characters that {@code inRun} accepts in {@code s}; at least 1. */
  public static int of(String s, IntPredicate inRun) {
    if (s.length() <= GROWN_UP_TO) {
      return s.length() / CHARS_PER_RUN + 8;
    }
    int count = 0;
    boolean inside = false;
    for (int i = 0; i < s.length(); i++) {
      boolean now = inRun.test(s.charAt(i));
      if (now && !inside) {
        count++;
      }
      inside = now;
    }
    return Math.max(1, count);
  }
}
