package org.sextortionshield.core.indicator.wallet;

/**
 * Lists into a {@link Runs} only the runs of a text that a join reaching a checksum may take in: those near a digit
 * or a long run ({@link #walkWindow}). One instance per {@link Runs}, text after text.
 *
 * <p>The text is read from a copy in a reused char array ({@link #chars}): one bulk copy, then array reads the JIT
 * checks once per loop instead of {@code String.charAt}'s per-character bounds and coder checks.
 */
final class RunWindows {
  /** The copy's array is kept between texts up to this many characters; a longer text's is dropped after it. */
  static final int KEEP_CHARS = 1 << 16;
  /** Per character (128 for any other) of a plain original: {@link Runs#DIGIT}, or {@link Runs#NOT_PLAIN} (look closer). */
  private static final int[] PLAIN_SCAN = new int[129];
  /** Per character (128 for any other) of a normalised text: {@link Runs#DIGIT}. */
  private static final int[] NORMALISED_SCAN = new int[129];
  /** Every run of {@link Wallets#MIN_CHARS} characters holds one of any positions this far apart. */
  private static final int STRIDE = Wallets.MIN_CHARS;

  static {
    for (char c = 0; c < 128; c++) {
      PLAIN_SCAN[c] = Runs.ASCII[c] & (Runs.DIGIT | Runs.NOT_PLAIN);
      NORMALISED_SCAN[c] = Runs.ASCII[c] & Runs.DIGIT;
    }
    PLAIN_SCAN[128] = Runs.NOT_PLAIN;
  }

  private final Runs runs;
  private char[] kept = new char[1024];
  /** The text's characters, [0, {@link #n}). */
  private char[] chars;
  private int n;
  /** Whether the text is a plain original, whose white space the normaliser collapses. */
  private boolean collapse;
  /** The end of the last run listed, or -1. */
  private int windowEnd;
  /** The normalised width of the last gap {@link #acrossGap} found joining. */
  private int gapWidth;

  RunWindows(Runs runs) {
    this.runs = runs;
  }

  /**
   * Lists the runs of {@code s} (a plain original, or a normalised text) that a join reaching a checksum may take in:
   * those near a digit or a long run ({@link #walkWindow}). So the pass looks at each character only for a digit
   * (and, in an original, for what makes it no plain one), and at every {@link #STRIDE}th for a long run; only the
   * text around those is read run by run (prose has a run end every six characters, each a mispredicted branch where
   * runs are followed). False when {@code plain} and the original is not a plain one.
   */
  boolean fill(String s, boolean plain) {
    n = s.length();
    if (n > KEEP_CHARS) {
      chars = new char[n]; // not kept: a long text's copy would stay with the thread
    } else {
      if (kept.length < n) {
        kept = new char[Math.max(n, kept.length * 2)];
      }
      chars = kept;
    }
    s.getChars(0, n, chars, 0);
    try {
      return fill(plain);
    } finally {
      if (chars != kept) {
        chars = kept;
      }
    }
  }

  private boolean fill(boolean plain) {
    collapse = plain;
    windowEnd = -1;
    char[] c = chars;
    int n = this.n;
    int[] table = plain ? PLAIN_SCAN : NORMALISED_SCAN;
    int done = 0; // characters before this are read: the chains there walked, or looked at by this loop
    int sample = 0; // where to look for a long run next
    for (int i = 0; i < n; ) {
      int found = -1; // a digit, or a character of a long run
      if (i == sample) {
        sample += STRIDE;
        if (Runs.isAlnum(c[i]) && inLongRun(i)) {
          found = i;
        }
      }
      if (found < 0) {
        int to = Math.min(n, sample);
        int k = 0;
        for (; i < to; i++) { // the hot loop: most characters are neither
          k = table[Math.min(c[i], 128)];
          if (k != 0) {
            break;
          }
        }
        if (i == to) {
          continue;
        }
        if (k == Runs.DIGIT) {
          found = i;
        } else if (c[i] != '&' || mayBeReference(i)) {
          return false;
        } else {
          i++;
          continue;
        }
      }
      done = walkWindow(found, done);
      i = done;
      sample = done; // a long run from here on holds one of done, done + STRIDE, ...
    }
    return true;
  }

  /** Whether the run holding {@code chars[i]} is {@link Wallets#MIN_CHARS} long: looked at that far only. */
  private boolean inLongRun(int i) {
    int from = i;
    while (from > 0 && i - from < Wallets.MIN_CHARS && Runs.isAlnum(chars[from - 1])) {
      from--;
    }
    int to = i;
    while (to < n && to - from < Wallets.MIN_CHARS && Runs.isAlnum(chars[to])) {
      to++;
    }
    return to - from >= Wallets.MIN_CHARS;
  }

  /**
   * Lists the runs around the digit or long run at {@code chars[at]} that a join with it may take in, none before
   * {@code floor}: those joined to its run within {@link Wallets#MAX_CHARS} letters and digits, counting both, and
   * after it on through every further digit so met; returns the end of the last. A join that reaches a checksum is
   * at most that long and holds a digit, so the runs left out (prose around a date, say) change no join that does,
   * and each text's runs are read about twice, not once per start. Runs joined to the last listed continue its chain.
   */
  private int walkWindow(int at, int floor) {
    int start = runStart(at, floor);
    int end = runEnd(at);
    int room = Wallets.MAX_CHARS - (end - start); // letters and digits a join with the digit's run may still take
    int count = end - start; // letters and digits from the first run listed through the digit's
    boolean connect = false;
    boolean whole = true; // the window is its whole chain
    for (int before; (before = joinedBefore(start, Math.max(0, floor - 1))) >= 0; ) {
      if (before == windowEnd) {
        connect = true; // the run before is the last listed: no run between
        break;
      }
      int from = runStart(before - 1, floor);
      if (count + before - from > Wallets.MAX_CHARS) {
        whole = false;
        break;
      }
      count += before - from;
      start = from;
    }
    if (whole && !connect) {
      int shortEnd = shortChainEnd(end, Wallets.MIN_CHARS - count);
      if (shortEnd >= 0) {
        return shortEnd; // a chain too short for any address (most dates, times and prices): nothing to list
      }
    }
    if (connect) {
      addChain(windowEnd, end, runs.lastEnd(), true);
    } else {
      addChain(start, end, start, false); // positions as from here on: see Runs.start(int)
    }
    for (int next; (next = joinedAfter(end)) >= 0; ) {
      int at0 = runs.lastEnd() + gapWidth;
      int to = next;
      int any = 0;
      int all = -1;
      for (int kind; to < n && (kind = kind(chars[to])) != 0; to++) {
        any |= kind;
        all &= kind;
      }
      boolean digit = (any & Runs.DIGIT) != 0;
      if (!digit && to - next > room) {
        whole = false;
        break;
      }
      runs.joinLast(true);
      runs.add(at0, at0 + to - next, next, any, all);
      room = (digit ? Wallets.MAX_CHARS : room) - (to - next);
      count += to - next;
      end = to;
    }
    runs.joinLast(false);
    windowEnd = end;
    return end;
  }

  /**
   * The end of the chain whose run ends at {@code chars[end]} when fewer than {@code room} letters and digits follow in
   * it, or -1 (read no further than that).
   */
  private int shortChainEnd(int end, int room) {
    if (room <= 0) {
      return -1;
    }
    for (int next; (next = joinedAfter(end)) >= 0; end = runEnd(next)) {
      room -= runEnd(next) - next;
      if (room <= 0) {
        return -1;
      }
    }
    return end;
  }

  /** The {@link Runs#ASCII} kind of a letter or digit, 0 for any other character. */
  private static int kind(char c) {
    return c < 128 ? Runs.ASCII[c] & -(Runs.ASCII[c] & Runs.ALNUM) : 0;
  }

  private int runEnd(int at) {
    while (at < n && Runs.isAlnum(chars[at])) {
      at++;
    }
    return at;
  }

  private int runStart(int at, int floor) {
    while (at > floor && Runs.isAlnum(chars[at - 1])) {
      at--;
    }
    return at;
  }

  /** The end of the run before {@code chars[at]} when it joins the run there, or -1; nothing before {@code floor}. */
  private int joinedBefore(int at, int floor) {
    int k = acrossGap(at - 1, -1, floor);
    return k < 0 ? -1 : k + 1;
  }

  /** The start of the run after the one ending at {@code chars[at]} when it joins that one, or -1. */
  private int joinedAfter(int at) {
    return acrossGap(at, 1, 0);
  }

  /**
   * Reads a gap between runs from {@code chars[from]} on, forwards or backwards ({@code step} 1 or -1), nothing before
   * {@code floor}: where the next letter or digit is when the gap joins runs, or -1.
   */
  private int acrossGap(int from, int step, int floor) {
    int gap = 0;
    boolean blank = false;
    for (int k = from; k >= floor && k < n; k += step) {
      char c = chars[k];
      if (Runs.isAlnum(c)) {
        return k;
      }
      int width = gapStep(c, blank);
      if (width < 0 || (gap += width) > Runs.MAX_GAP) {
        return -1;
      }
      gapWidth = gap;
      blank = isBlank(c);
    }
    return -1;
  }

  /**
   * How many normalised characters {@code c} of a gap between runs is (0 for white space after white space in a
   * plain original), or -1 when it is no separator and ends the chain.
   */
  private int gapStep(char c, boolean afterBlank) {
    if (!collapse) {
      return Runs.isSeparator(c) ? 1 : -1;
    }
    int kind = c < 128 ? Runs.ASCII[c] : 0;
    if ((kind & Runs.SPACE) != 0) {
      return afterBlank ? 0 : 1;
    }
    return (kind & Runs.SEPARATOR) != 0 ? 1 : -1;
  }

  private boolean isBlank(char c) {
    return collapse && c < 128 && (Runs.ASCII[c] & Runs.SPACE) != 0;
  }

  /**
   * Adds the runs of {@code chars[from, to)}, the first starting at {@code from}, at normalised position {@code at}; each
   * joins the next but the last. With {@code collapse}, a stretch of ASCII white space is one normalised character
   * (a plain original); otherwise every character is one (a normalised text, where {@code at} is {@code from}).
   */
  private void addChain(int from, int to, int at, boolean connect) {
    boolean space = false;
    int first = connect ? runs.size() - 1 : runs.size();
    for (int i = from; i < to; ) {
      char c = chars[i];
      int kind = c < 128 ? Runs.ASCII[c] : 0;
      if ((kind & Runs.ALNUM) == 0) {
        boolean blank = (kind & Runs.SPACE) != 0;
        at += collapse && blank && space ? 0 : 1;
        space = blank;
        i++;
        continue;
      }
      int start = i;
      int any = 0;
      int all = -1;
      for (; i < to && (c = chars[i]) < 128 && ((kind = Runs.ASCII[c]) & Runs.ALNUM) != 0; i++) {
        any |= kind;
        all &= kind;
      }
      if (runs.size() > first) {
        runs.joinLast(true);
      }
      runs.add(at, at + i - start, start, any, all);
      at += i - start;
      space = false;
    }
    runs.joinLast(false);
  }

  /**
   * Whether the '&' at {@code at} may begin a character reference: every one ends in ';' within 12 characters. An '&'
   * that does not ("Q&A", "?a=1&b=2", most of the '&'s in mail) is normalised as itself, one printable character.
   */
  private boolean mayBeReference(int at) {
    for (int k = at + 1; k < n && k - at <= 12; k++) {
      if (chars[k] == ';') {
        return true;
      }
    }
    return false;
  }
}
