package org.sextortionshield.core.indicator.wallet;

import java.util.Arrays;
import org.sextortionshield.core.text.RunRoom;

/**
 * The runs of ASCII letters and digits in a case-preserving normalised text, with what lies between them. The scanner
 * fills one instance per thread, text after text ({@link #reused}): its arrays were a tenth of what a scan allocated.
 *
 * <p>Only the runs a join that reaches a checksum may take in are listed (those near a digit, and long ones: {@link RunWindows}): most
 * of a text's runs are prose, and listing each was most of the scan. Those left out break joins ({@link #joinsNext}
 * is false where a listed run's neighbour is left out), which changes no join that reaches a checksum.
 *
 * <p>Positions ({@link #normalisedStart}) are in the normalised text. The characters of a run are read from
 * {@link #text} at {@link #offset}: the normalised text itself, or, for a plain ASCII original ({@link #reusedPlain}),
 * the original, whose runs are the normalised text's character for character (only white space is collapsed), so that
 * the normalised text need not be made. {@link #start} and {@link #end} measure distances within a join.
 *
 * <p>{@link #of} lists every run, joins as the text has them: the reference the tests check the listing against.
 */
final class Runs {
  /** A thread keeps arrays up to this many runs between texts; a larger text's are dropped after it. */
  private static final int KEEP = 1 << 14;
  /** Most separators between two runs that still join them. */
  static final int MAX_GAP = 3;
  private static final ThreadLocal<Runs> REUSED = ThreadLocal.withInitial(() -> new Runs(256));
  /**
   * Per ASCII character: letter or digit ({@link #ALNUM}, {@link #DIGIT}), separator, white space, and for letters and
   * digits their {@link Prospects#classOf alphabets} from bit {@link #CLASS_SHIFT} on.
   */
  static final int[] ASCII = new int[128];
  static final int ALNUM = 1;
  static final int DIGIT = 2;
  static final int SEPARATOR = 4;
  static final int SPACE = 8;
  /** Not in a plain ASCII original: controls but tab and line breaks, DEL, and '&' (may begin a reference). */
  static final int NOT_PLAIN = 16;
  private static final int CLASS_SHIFT = 5;

  static {
    for (char c = 0; c < 128; c++) {
      boolean digit = c >= '0' && c <= '9';
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      boolean alnum = digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      ASCII[c] = (alnum ? ALNUM | Prospects.classOf(c) << CLASS_SHIFT : 0) | (digit ? DIGIT : 0)
          | (isSeparator(c) ? SEPARATOR : 0) | (space ? SPACE : 0)
          | ((c < 0x20 || c == 0x7f || c == '&') && !space ? NOT_PLAIN : 0);
    }
  }

  private String text;
  private int[] starts;
  private int[] ends;
  private int[] offsets;
  private boolean[] digits;
  /** The alphabets all of the run's characters belong to ({@link Prospects#classOf}, case ignored). */
  private byte[] classes;
  /** Whether 1 to {@link #MAX_GAP} separators, and nothing else, lie between the run and the next. */
  private boolean[] joins;
  private int[] nextDigit;
  /** Each run's {@link Prospects#traits}, found when first asked (0 = not yet: every run has an alphabet bit). */
  private int[] traits;
  private int[] charsBefore;
  /**
   * The runs an address may start with, and more ({@link #mayStart} tells): every run but those too long, whose first
   * character starts no family, or that start with a lower-case "b", "t" or "l" not followed by the second letter of
   * a segwit prefix. Listed as the runs are added, without a branch, so that the scan visits these only.
   */
  private int[] candidates;
  private int candidateCount;
  private int size;
  /** Whether {@link #text} is a plain original, whose white space the normaliser collapses. */
  private boolean collapse;
  /** Lists runs near digits and long runs into this instance ({@link #reused}, {@link #reusedPlain}). */
  private final RunWindows windows = new RunWindows(this);
  /** How many characters of the original before {@link #cursor} the normaliser drops. */
  private int dropped;
  private int cursor;
  private boolean cursorBlank;
  /** Whether the lazily filled arrays above hold this text's values. */
  private boolean nextDigitReady;
  private boolean traitsReady;
  private boolean charsBeforeReady;

  private Runs(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    offsets = new int[capacity];
    digits = new boolean[capacity];
    classes = new byte[capacity];
    joins = new boolean[capacity];
    candidates = new int[capacity];
  }

  /** Every run of the normalised text {@code s}, in an instance of their own. */
  static Runs of(String s) {
    return new Runs(room(s)).fillEvery(s);
  }

  /**
   * The runs of the normalised text {@code s} that a join reaching a checksum may take in ({@link RunWindows}), in
   * this thread's instance, valid until the thread's next call.
   */
  static Runs reused(String s) {
    return instance(room(s)).fill(s);
  }

  /**
   * The runs of the case-preserving normalised form of {@code original} that a join reaching a checksum may take in,
   * read from the original, in this thread's instance; null when the original is not plain ASCII (printable
   * characters and ASCII white space, an '&' only where no character reference can start), whose normalised form is
   * more than its white space collapsed.
   */
  static Runs reusedPlain(String original) {
    Runs r = instance(room(original));
    return r.fillPlain(original) ? r : null;
  }

  private static int room(String s) {
    return RunRoom.of(s, c -> c < 128 && (ASCII[c] & ALNUM) != 0);
  }

  private static Runs instance(int room) {
    if (room > KEEP) {
      return new Runs(room); // not kept: a long text's arrays would stay with the thread
    }
    Runs r = REUSED.get();
    if (r.starts.length < room || r.starts.length > KEEP) { // too small, or grown past the bound by many runs
      r = new Runs(Math.max(256, room));
      REUSED.set(r);
    }
    return r;
  }

  private void clear(String s) {
    text = s;
    collapse = false;
    cursor = 0;
    dropped = 0;
    cursorBlank = true;
    size = 0;
    candidateCount = 0;
    nextDigitReady = false;
    traitsReady = false;
    charsBeforeReady = false;
  }

  /** Lists the runs of the normalised text {@code s} that a join reaching a checksum may take in. */
  private Runs fill(String s) {
    clear(s);
    windows.fill(s, false);
    return this;
  }

  private static boolean joins(String s, int from, int to) {
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isSeparator(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Lists every run of the normalised text {@code s}, joined or not: what the scan's shortcuts are checked against. */
  private Runs fillEvery(String s) {
    clear(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 128 || (ASCII[c] & ALNUM) == 0) {
        i++;
        continue;
      }
      int start = i;
      int any = 0;
      int all = -1;
      for (int kind; i < n && (c = s.charAt(i)) < 128 && ((kind = ASCII[c]) & ALNUM) != 0; i++) {
        any |= kind;
        all &= kind;
      }
      if (size > 0) {
        joins[size - 1] = joins(s, ends[size - 1], start);
      }
      add(start, i, start, any, all);
    }
    if (size > 0) {
      joins[size - 1] = false;
    }
    return this;
  }

  /**
   * Reads the original as the normaliser would for a plain ASCII text: every printable character is one normalised
   * character, every run of white space one more, none at the start; lists the runs a join reaching a checksum may
   * take in. False when a character of another kind is found.
   */
  private boolean fillPlain(String original) {
    clear(original);
    collapse = true;
    return windows.fill(original, true);
  }

  /**
   * Whether an address may start with the run of {@code length} at {@code s[offset]}: one not too long, starting with
   * a character some family starts with; one starting with a lower-case "b", "t" or "l" only with its segwit prefix
   * ("bc1", "tb1", "ltc1", ...), the only family those start (and they start a quarter of English words).
   */
  static boolean mayStart(String s, int offset, int length) {
    char c = s.charAt(offset);
    if (length > Wallets.MAX_CHARS || !Wallets.mayStartWith(c)) {
      return false;
    }
    if (c != 'b' && c != 't' && c != 'l') {
      return true;
    }
    // the second letter of "bc1", "bcrt1", "tb1", "tltc1", "ltc1" first: most words stop there, cheaply
    char second = length < 3 ? ' ' : (char) (s.charAt(offset + 1) | 0x20);
    return (c == 'b' ? second == 'c' : c == 't' ? second == 'b' || second == 'l' : second == 't')
        && Prospects.hasSegwitPrefix(s, offset, offset + length);
  }

  /** The end of the last run added. */
  int lastEnd() {
    return ends[size - 1];
  }

  /** Sets whether the last run added joins the next. */
  void joinLast(boolean join) {
    joins[size - 1] = join;
  }

  /** Adds a run; {@code any} and {@code all} are its characters' {@link #ASCII} kinds or-ed and and-ed. */
  void add(int start, int end, int offset, int any, int all) {
    if (size == starts.length) {
      int capacity = size + (size >> 1) + 1;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      offsets = Arrays.copyOf(offsets, capacity);
      digits = Arrays.copyOf(digits, capacity);
      classes = Arrays.copyOf(classes, capacity);
      joins = Arrays.copyOf(joins, capacity);
      candidates = Arrays.copyOf(candidates, capacity);
    }
    candidates[candidateCount] = size;
    candidateCount += mayStartRoughly(offset, end - start);
    starts[size] = start;
    ends[size] = end;
    offsets[size] = offset;
    digits[size] = (any & DIGIT) != 0;
    classes[size] = (byte) (all >>> CLASS_SHIFT);
    size++;
  }

  int size() {
    return size;
  }

  /** How many runs {@link #candidate} lists. */
  int candidates() {
    return candidateCount;
  }

  /** The {@code k}th run, ascending, that may start an address: every run {@link #mayStart} is true for, and more. */
  int candidate(int k) {
    return candidates[k];
  }

  /** Per ASCII character: its letter's number (case ignored), 1 to 26, or 0. */
  private static final byte[] LETTER = new byte[128];
  /**
   * Per first character (128 for any other) and second letter ({@link #LETTER}, 0 for none): 1 when some family
   * starts so ("b", "t" and "l" in lower case only followed by the second letter of a segwit prefix: "bc1", "tb1",
   * "tltc1", "ltc1"), or 0.
   */
  private static final byte[] START = new byte[129 << 5];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      LETTER[c] = (byte) (c - 'a' + 1);
      LETTER[Character.toUpperCase(c)] = LETTER[c];
    }
    for (char c = 0; c < 128; c++) {
      for (int l = 0; l < 32; l++) {
        boolean segwit = c == 'b' || c == 't' || c == 'l';
        boolean second = c == 'b' ? l == LETTER['c'] : c == 't' ? l == LETTER['b'] || l == LETTER['l'] : l == LETTER['t'];
        START[c << 5 | l] = (byte) (segwit ? (second ? 1 : 0) : Wallets.mayStartWith(c) ? 1 : 0);
      }
    }
  }

  /**
   * 1 when {@link #mayStart} may be true for the run of {@code length} at {@link #text}[{@code offset}], 0 when it is
   * surely false: two table lookups and no branch (a quarter of prose words start with b, t or l).
   */
  private int mayStartRoughly(int offset, int length) {
    int first = Math.min(text.charAt(offset), 128);
    int second = LETTER[text.charAt(offset + Math.min(1, length - 1)) & 127] & -((2 - length) >>> 31); // length >= 3
    return START[first << 5 | second] & (length - Wallets.MAX_CHARS - 1) >>> 31; // length <= MAX_CHARS
  }

  /** Whether an address may start with run {@code run} ({@link #mayStart}). */
  boolean mayStart(int run) {
    return mayStart(text, offsets[run], ends[run] - starts[run]);
  }

  /** The text the runs' characters are read from. */
  String text() {
    return text;
  }

  /** Where run {@code run}'s characters start in {@link #text}. */
  int offset(int run) {
    return offsets[run];
  }

  /** The first character of run {@code run}. */
  char first(int run) {
    return text.charAt(offsets[run]);
  }

  /**
   * Where run {@code run} starts: in the normalised text, or for a plain original's runs, as if the normaliser had
   * collapsed white space only from the start of the run's chain on, so that distances within a chain are the
   * normalised ones (across chains they are larger; the scanner looks across no chain). {@link #normalisedStart}
   * gives the normalised position.
   */
  int start(int run) {
    return starts[run];
  }

  /** Where run {@code run} starts in the normalised text (runs asked for in ascending order cost one pass). */
  int normalisedStart(int run) {
    if (!collapse) {
      return starts[run];
    }
    int at = offsets[run];
    if (at < cursor) {
      cursor = 0;
      dropped = 0;
      cursorBlank = true;
    }
    for (; cursor < at; cursor++) {
      char c = text.charAt(cursor);
      boolean blank = c < 128 && (ASCII[c] & SPACE) != 0;
      dropped += blank && cursorBlank ? 1 : 0;
      cursorBlank = blank;
    }
    return at - dropped;
  }

  /** Where run {@code run} ends in the normalised text. */
  int normalisedEnd(int run) {
    return normalisedStart(run) + length(run);
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

  /** The alphabets all of the run's characters belong to ({@link Prospects#classOf}). */
  int classes(int run) {
    return classes[run];
  }

  /** True when only separators, 1 to {@value #MAX_GAP} of them, lie between run {@code run} and the next. */
  boolean joinsNext(int run) {
    return joins[run];
  }

  /** The run's alphabets and cases ({@link Prospects#traits}). */
  int traits(int run) {
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
      t = Prospects.traits(text, offsets[run], offsets[run] + length(run)) | TRAITS_KNOWN;
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
    return c < 128 && (ASCII[c] & ALNUM) != 0;
  }
}
