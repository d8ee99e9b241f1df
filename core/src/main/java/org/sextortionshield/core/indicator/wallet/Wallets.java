package org.sextortionshield.core.indicator.wallet;

import java.util.List;

/** Every address family the engine knows, tried in turn. */
public final class Wallets {
  private static final List<AddressFamily> FAMILIES =
      List.of(new BitcoinFamily(), new Tron(), new BitcoinCash(), new Ethereum(), new Monero());
  /** Shortest and longest candidate any family accepts (a 25-character P2PKH, a 106-character integrated Monero). */
  static final int MIN_CHARS = 25;
  static final int MAX_CHARS = 106;

  /**
   * Characters an address can start with: base58 version prefixes (BTC 1 3 m n 2, LTC L M Q, DOGE D 9 A, TRX T),
   * Monero 4 8 5 7 9 A B, segwit b t l, cashaddr q p z r, Ethereum 0. Anything else is not worth a checksum.
   */
  private static final String FIRST_CHARS = "123mnLMQD9AT4857Bbtlqpzr0BTLQPZR";
  private static final boolean[] MAY_START = new boolean[128];

  static {
    for (char c : FIRST_CHARS.toCharArray()) {
      MAY_START[c] = true;
    }
  }
  /** First characters of the base58check addresses we know (BTC, LTC, DOGE and testnets; Tron). */
  private static final String BASE58_FIRST_CHARS = "123mnLMQD9AT";

  private Wallets() {}

  /**
   * True when some family could take this candidate, judged by its length and first characters only: base58check
   * (25-35, version prefixes), segwit (up to 90 after "bc1", "ltc1", "tb1", ...), cashaddr (42/61, q p z r),
   * Ethereum (42, "0x"), Monero (95/106). The scanner builds and checks nothing else.
   */
  static boolean plausible(CharSequence c) {
    int len = c.length();
    char f = c.charAt(0);
    return len <= 35 && BASE58_FIRST_CHARS.indexOf(f) >= 0
        || len <= 90 && BitcoinFamily.startsWithSegwitHrp(c)
        || (len == 42 || len == 61) && "qpzrQPZR".indexOf(f) >= 0
        || len == 42 && f == '0' && (c.charAt(1) | 0x20) == 'x'
        || (len == 95 || len == 106) && "4857AB9".indexOf(f) >= 0;
  }

  /** True when an address may start with {@code c}. */
  static boolean mayStartWith(char c) {
    return c < 128 && MAY_START[c];
  }

  /** The address {@code candidate} (ASCII letters and digits only) is, or null. */
  public static WalletAddress recognise(String candidate) {
    for (AddressFamily f : FAMILIES) {
      WalletAddress a = f.recognise(candidate);
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
