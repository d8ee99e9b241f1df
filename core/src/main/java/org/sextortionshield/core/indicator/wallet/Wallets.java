package org.sextortionshield.core.indicator.wallet;

import java.util.List;

/** Every address family the engine knows, tried in turn. */
public final class Wallets {
  private static final List<AddressFamily> FAMILIES =
      List.of(new BitcoinFamily(), new Tron(), new BitcoinCash(), new Ethereum(), new Monero());
  /** Shortest and longest candidate any family accepts (a 25-character P2PKH, a 106-character integrated Monero). */
  static final int MIN_CHARS = 25;
  static final int MAX_CHARS = 106;

  private Wallets() {}

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
