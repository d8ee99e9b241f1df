package org.sextortionshield.core.indicator.wallet;

import java.util.Arrays;
import org.sextortionshield.core.text.RunRoom;

/**
 * The runs of ASCII letters and digits in a text, with what lies between them. The scanner fills one instance per
 * thread, text after text ({@link #reused}): its arrays were a tenth of what a scan allocated.
 */
final class Runs {
  /** A thread keeps arrays up to this many runs between texts; a larger text's are dropped after it. */
  private static final int KEEP = 1 << 14;
  private static final ThreadLocal<Runs> REUSED = ThreadLocal.withInitial(() -> new Runs(256));

  private int[] starts;
  private int[] ends;
  private boolean[] digits;
  private int[] nextDigit;
  /** Each run's {@link Prospects#traits}, found when first asked (0 = not yet: every run has an alphabet bit). */
  private int[] traits;
  private int[] charsBefore;
  private int size;
  /** Whether the lazily filled arrays above hold this text's values. */
  private boolean nextDigitReady;
  private boolean traitsReady;
  private boolean charsBeforeReady;

  private Runs(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    digits = new boolean[capacity];
  }

  /** The runs of {@code s}, in an instance of their own. */
  static Runs of(String s) {
    return new Runs(RunRoom.of(s, c -> isAlnum((char) c))).fill(s);
  }

  /** The runs of {@code s} in this thread's instance, valid until the thread's next call. */
  static Runs reused(String s) {
    int room = RunRoom.of(s, c -> isAlnum((char) c));
    if (room > KEEP) {
      return new Runs(room).fill(s); // not kept: a long text's arrays would stay with the thread
    }
    Runs r = REUSED.get();
    if (r.starts.length < room || r.starts.length > KEEP) { // too small, or grown past the bound by many runs
      r = new Runs(Math.max(256, room));
      REUSED.set(r);
    }
    return r.fill(s);
  }

  private Runs fill(String s) {
    size = 0;
    nextDigitReady = false;
    traitsReady = false;
    charsBeforeReady = false;
    int i = 0;
    while (i < s.length()) {
      if (!isAlnum(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean digit = false;
      while (i < s.length() && isAlnum(s.charAt(i))) {
        digit |= s.charAt(i) <= '9';
        i++;
      }
      add(start, i, digit);
    }
    return this;
  }

  private void add(int start, int end, boolean digit) {
    if (size == starts.length) {
      int capacity = size + (size >> 1) + 1;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      digits = Arrays.copyOf(digits, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    digits[size] = digit;
    size++;
  }

  int size() {
    return size;
  }

  int start(int run) {
    return starts[run];
  }

  int end(int run) {
    return ends[run];
  }

  int length(int run) {
    return ends[run] - starts[run];
  }

  boolean hasDigit(int run) {
    return digits[run];
  }

  /** The run's alphabets and cases ({@link Prospects#traits}). */
  int traits(String s, int run) {
    if (!traitsReady) {
      if (traits == null || traits.length < size) {
        traits = new int[starts.length];
      } else {
        Arrays.fill(traits, 0, size, 0);
      }
      traitsReady = true;
    }
    int t = traits[run];
    if (t == 0) {
      t = Prospects.traits(s, starts[run], ends[run]) | TRAITS_KNOWN;
      traits[run] = t;
    }
    return t;
  }

  /** Set in a remembered trait so that a run of no alphabet is not taken for one not yet examined. */
  static final int TRAITS_KNOWN = 1 << 30;

  /** Letters and digits in runs [first, last]. */
  int charsThrough(int first, int last) {
    if (!charsBeforeReady) {
      if (charsBefore == null || charsBefore.length < size + 1) {
        charsBefore = new int[starts.length + 1];
      }
      for (int k = 0; k < size; k++) {
        charsBefore[k + 1] = charsBefore[k] + ends[k] - starts[k];
      }
      charsBeforeReady = true;
    }
    return charsBefore[last + 1] - charsBefore[first];
  }

  /** The first run from {@code run} on that holds a digit, or -1. */
  int nextDigitRun(int run) {
    if (!nextDigitReady) {
      if (nextDigit == null || nextDigit.length < size) {
        nextDigit = new int[starts.length];
      }
      int next = -1;
      for (int k = size - 1; k >= 0; k--) {
        if (digits[k]) {
          next = k;
        }
        nextDigit[k] = next;
      }
      nextDigitReady = true;
    }
    return nextDigit[run];
  }

  /** True when only separators, at most {@code maxGap} of them, lie between run {@code run} and the next. */
  boolean separatedBySeparator(String s, int run, int maxGap) {
    int from = ends[run];
    int to = starts[run + 1];
    if (to - from > maxGap) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isSeparator(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** What an obfuscator puts between pieces of an address; not what ends an address in a URI (":", "?", "@", "/"). */
  static boolean isSeparator(char c) {
    if (c == ' ' || c == '\n' || "-.*_|+~,'\"`".indexOf(c) >= 0) {
      return true;
    }
    if (c < 128) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.DASH_PUNCTUATION || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL
        || type == Character.CONNECTOR_PUNCTUATION || c == '\u00b7' || c == '\u2022' || Character.isWhitespace(c);
  }

  static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
