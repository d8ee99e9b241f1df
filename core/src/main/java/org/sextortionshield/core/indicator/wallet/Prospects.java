package org.sextortionshield.core.indicator.wallet;

/**
 * Which address families a candidate being joined piece by piece could still become, judged by alphabet, first
 * characters and length only. A start that no family can take is dropped after its first piece, so joining the words
 * of ordinary prose costs almost nothing.
 */
final class Prospects {
  private static final String BASE58_FIRST = "123mnLMQD9AT";
  private static final String MONERO_FIRST = "4857AB9";
  private static final String CASHADDR_FIRST = "qpzrQPZR";

  private boolean base58 = true;
  private boolean bech32Lower = true;
  private boolean bech32Upper = true;
  private boolean hex = true;
  private char first;
  private int length;

  /** Adds the next piece ({@code s[from, to)}); returns false when no family can take the candidate any more. */
  boolean add(String s, int from, int to) {
    if (length == 0) {
      first = s.charAt(from);
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      int at = length + k - from;
      base58 &= Base58.isBase58Char(c);
      boolean bech = Bech32.CHARSET.indexOf(Character.toLowerCase(c)) >= 0 || c == '1' || at < 5;
      bech32Lower &= bech && !(c >= 'A' && c <= 'Z');
      bech32Upper &= bech && !(c >= 'a' && c <= 'z');
      hex &= at < 2 || Character.digit(c, 16) >= 0;
    }
    length += to - from;
    return alive();
  }

  private boolean alive() {
    boolean bech32 = bech32Lower || bech32Upper;
    return base58 && (length <= 35 && BASE58_FIRST.indexOf(first) >= 0
            || length <= Wallets.MAX_CHARS && MONERO_FIRST.indexOf(first) >= 0)
        || bech32 && length <= 90 && "btlBTL".indexOf(first) >= 0
        || bech32 && length <= 61 && CASHADDR_FIRST.indexOf(first) >= 0
        || hex && length <= 42 && first == '0';
  }
}
