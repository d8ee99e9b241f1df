package org.sextortionshield.core.indicator.wallet;

/**
 * Which address families a candidate being joined piece by piece could still become, judged by alphabet, first
 * characters and length only. A start that no family can take is dropped after its first piece, so joining the words
 * of ordinary prose costs almost nothing.
 */
final class Prospects {
  private static final int BASE58 = 1;
  private static final int BECH32 = 2; // the bech32 data alphabet, either case
  private static final int HEX = 4;
  /** Run traits beside the alphabets: the run has lower-case or upper-case letters. */
  static final int LOWER = 8;
  static final int UPPER = 16;
  /** Characters at the start of a candidate that a prefix ("bc1", "bcrt1", "0x") may hold outside the alphabet. */
  private static final int EXEMPT = 6;
  private static final byte[] CLASSES = new byte[128];
  private static final String[] SEGWIT_PREFIXES = {"bc1", "tb1", "bcrt1", "ltc1", "tltc1", "rltc1"};
  /** The families by first character and longest length: base58 short (BTC, LTC, DOGE, TRX) and long (Monero). */
  private static final String BASE58_SHORT_STARTS = "123mnLMQD9AT";
  private static final int BASE58_SHORT_MAX = 35;
  private static final String BASE58_LONG_STARTS = "4857AB9";
  private static final String SEGWIT_STARTS = "btlrBTLR";
  private static final int SEGWIT_MAX = 90;
  private static final String CASHADDR_STARTS = "qpzrQPZR";
  private static final int CASHADDR_MAX = 61;
  private static final int HEX_MAX = 42;

  /** The alphabets (bits above) an ASCII letter or digit belongs to, case ignored but for base58. */
  static int classOf(char c) {
    return CLASSES[c];
  }

  /**
   * Whether a join from run {@code first} of {@code runs} may come to a checksum attempt in the scanner. A twin of the
   * scanner's join that may only say yes more often: families are judged by whole runs ({@link Runs#classes}), the
   * prefix exemptions widened to whole runs, case mixing and prefixes ignored. Prose gives up after a run or two, each
   * a few steps over run summaries instead of character by character.
   */
  static boolean mayReachChecksum(Runs runs, int first) {
    if (runs.length(first) >= Wallets.MIN_CHARS) {
      return true; // tried alone whatever its alphabet (look-alikes too)
    }
    char c = runs.first(first);
    int starts = c < 128 ? STARTS[c] : 0;
    int base58Max = (starts & LONG_START) != 0 ? Wallets.MAX_CHARS : (starts & SHORT_START) != 0 ? BASE58_SHORT_MAX : 0;
    boolean bech32 = SEGWIT_STARTS.indexOf(c) >= 0 || (starts & CASHADDR_START) != 0;
    boolean hex = c == '0';
    int length = 0;
    boolean digit = false;
    for (int j = first; j < runs.size() && j - first < WalletScanner.MAX_PIECES; j++) {
      if (j > first && !runs.joinsNext(j - 1)) {
        return false;
      }
      int classes = runs.classes(j);
      base58Max = (classes & BASE58) != 0 ? base58Max : 0;
      bech32 &= length < EXEMPT || (classes & BECH32) != 0;
      hex &= length < 2 || (classes & HEX) != 0;
      length += runs.length(j);
      digit |= runs.hasDigit(j);
      if (length > base58Max && !(bech32 && length <= SEGWIT_MAX) && !(hex && length <= HEX_MAX)) {
        return false;
      }
      if (length >= Wallets.MIN_CHARS && digit) {
        return true;
      }
    }
    return false;
  }

  /** Per first character: which of the families by first character it can start (bits below), and how long. */
  private static final int SHORT_START = 1;
  private static final int LONG_START = 2;
  private static final int CASHADDR_START = 4;
  private static final byte[] STARTS = new byte[128];
  private static final int[] MAX_LENGTH = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      STARTS[c] = (byte) ((BASE58_SHORT_STARTS.indexOf(c) >= 0 ? SHORT_START : 0)
          | (BASE58_LONG_STARTS.indexOf(c) >= 0 ? LONG_START : 0)
          | (CASHADDR_STARTS.indexOf(c) >= 0 ? CASHADDR_START : 0));
      MAX_LENGTH[c] = maxLengthOf(c);
    }
    for (char c = '0'; c < 128; c++) {
      int k = (Base58.isBase58Char(c) ? BASE58 : 0)
          | (Bech32.CHARSET.indexOf(Character.toLowerCase(c)) >= 0 ? BECH32 : 0)
          | (Character.digit(c, 16) >= 0 ? HEX : 0);
      CLASSES[c] = (byte) k;
    }
  }

  private int classes = BASE58 | BECH32 | HEX;
  private boolean lower;
  private boolean upper;
  private char first;
  private int starts;
  private boolean segwit;
  private int length;

  /** Starts a new candidate. */
  void reset() {
    classes = BASE58 | BECH32 | HEX;
    lower = false;
    upper = false;
    segwit = false;
    length = 0;
  }

  /**
   * Adds run {@code run} of {@code runs} as the next piece; returns false when no family can take the candidate any
   * more. Past the first characters (where prefixes such as "bc1" and "0x" are exempt) a piece counts by its run's
   * alphabet and case, found once per run however many starts join it.
   */
  boolean add(Runs runs, int run) {
    if (length < EXEMPT) {
      return addCharacters(runs.text(), runs.offset(run), runs.offset(run) + runs.length(run));
    }
    int traits = runs.traits(run);
    classes &= traits & (BASE58 | BECH32 | HEX);
    lower |= (traits & LOWER) != 0;
    upper |= (traits & UPPER) != 0;
    length += runs.length(run);
    return alive();
  }

  /** The alphabets all of {@code s[from, to)} belongs to, and {@link #LOWER} / {@link #UPPER} for its cases. */
  static int traits(String s, int from, int to) {
    int traits = BASE58 | BECH32 | HEX;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      traits &= (c < 128 ? CLASSES[c] : 0) | LOWER | UPPER;
      traits |= c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER : 0;
    }
    return traits;
  }

  /** Adds the next piece ({@code s[from, to)}) character by character. */
  boolean addCharacters(String s, int from, int to) {
    if (length == 0) {
      first = s.charAt(from);
      starts = first < 128 ? STARTS[first] : 0;
      segwit = hasSegwitPrefix(s, from, to);
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      int at = length + k - from;
      int cls = c < 128 ? CLASSES[c] : 0;
      classes &= cls | (segwit && at < EXEMPT ? BECH32 : 0) | (at < 2 ? HEX : 0); // "bc1", "0x" are not data
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    length += to - from;
    return alive();
  }

  private boolean alive() {
    boolean bech32 = (classes & BECH32) != 0 && !(lower && upper);
    return (classes & BASE58) != 0 && (length <= BASE58_SHORT_MAX && (starts & SHORT_START) != 0
            || length <= Wallets.MAX_CHARS && (starts & LONG_START) != 0)
        || bech32 && segwit && length <= SEGWIT_MAX
        || bech32 && length <= CASHADDR_MAX && (starts & CASHADDR_START) != 0
        || (classes & HEX) != 0 && length <= HEX_MAX && first == '0';
  }

  /**
   * The longest candidate starting with {@code first} that {@link #alive} can accept, whatever its alphabet: a join
   * that must run longer to take in a digit can be given up before it starts. Read from the same table as
   * {@link #alive}.
   */
  static int maxLength(char first) {
    return first < 128 ? MAX_LENGTH[first] : 0;
  }

  private static int maxLengthOf(char first) {
    int max = 0;
    if (BASE58_SHORT_STARTS.indexOf(first) >= 0) {
      max = BASE58_SHORT_MAX;
    }
    if (BASE58_LONG_STARTS.indexOf(first) >= 0) {
      max = Math.max(max, Wallets.MAX_CHARS);
    }
    if (SEGWIT_STARTS.indexOf(first) >= 0) {
      max = Math.max(max, SEGWIT_MAX);
    }
    if (CASHADDR_STARTS.indexOf(first) >= 0) {
      max = Math.max(max, CASHADDR_MAX);
    }
    return first == '0' ? Math.max(max, HEX_MAX) : max;
  }

  /** A segwit address's first piece holds its whole prefix ("bc1", "ltc1", ...): nobody splits inside it. */
  static boolean hasSegwitPrefix(String s, int from, int to) {
    char first = Character.toLowerCase(s.charAt(from));
    char second = to - from >= 3 ? Character.toLowerCase(s.charAt(from + 1)) : ' ';
    if (SEGWIT_STARTS.indexOf(first) < 0 || "cblt".indexOf(second) < 0) {
      return false; // the first two letters of every prefix: most words stop here
    }
    for (String p : SEGWIT_PREFIXES) {
      if (to - from >= p.length() && s.regionMatches(true, from, p, 0, p.length())) {
        return true;
      }
    }
    return false;
  }
}
