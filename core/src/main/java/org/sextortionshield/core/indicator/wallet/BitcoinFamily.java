package org.sextortionshield.core.indicator.wallet;

import java.util.Locale;

/**
 * Bitcoin and the coins that share its address formats: base58check P2PKH/P2SH with their version bytes (Bitcoin,
 * Litecoin, Dogecoin, and their test networks) and segwit bech32 (v0) / bech32m (v1+, taproot) for Bitcoin and
 * Litecoin, in either case. A Litecoin P2SH address starting with "3" is byte for byte a Bitcoin one; it is reported
 * as Bitcoin here and re-labelled by the extractor when the text speaks only of Litecoin.
 */
final class BitcoinFamily implements AddressFamily {
  private static final String[] SEGWIT_HRPS = {"bc", "tb", "bcrt", "ltc", "tltc", "rltc"};
  /** What the version bytes below encode to as the first character: no other candidate needs hashing. */
  private static final String BASE58_FIRST_CHARS = "123mnLMQD9A";

  @Override
  public WalletAddress recognise(String candidate) {
    int len = candidate.length();
    if (len >= 14 && len <= 90 && startsWithSegwitHrp(candidate)) {
      return segwit(candidate);
    }
    if (len < 25 || len > 35 || BASE58_FIRST_CHARS.indexOf(candidate.charAt(0)) < 0) {
      return null;
    }
    byte[] payload = Base58.decodeChecked(candidate, 21);
    if (payload == null) {
      return null;
    }
    return switch (payload[0] & 0xff) {
      case 0x00 -> new WalletAddress("BTC", candidate, "p2pkh", true, false);
      case 0x05 -> new WalletAddress("BTC", candidate, "p2sh", true, false);
      case 0x6f -> new WalletAddress("BTC", candidate, "p2pkh", true, true);
      case 0xc4 -> new WalletAddress("BTC", candidate, "p2sh", true, true);
      case 0x30 -> new WalletAddress("LTC", candidate, "p2pkh", true, false);
      case 0x32 -> new WalletAddress("LTC", candidate, "p2sh", true, false);
      case 0x3a -> new WalletAddress("LTC", candidate, "p2sh", true, true);
      case 0x1e -> new WalletAddress("DOGE", candidate, "p2pkh", true, false);
      case 0x16 -> new WalletAddress("DOGE", candidate, "p2sh", true, false);
      case 0x71 -> new WalletAddress("DOGE", candidate, "p2pkh", true, true);
      default -> null;
    };
  }

  private static WalletAddress segwit(String candidate) {
    Bech32.Segwit s = Bech32.decodeSegwit(candidate, SEGWIT_HRPS);
    if (s == null) {
      return null;
    }
    boolean litecoin = s.hrp().endsWith("ltc");
    boolean testnet = !s.hrp().equals("bc") && !s.hrp().equals("ltc");
    String type = s.version() == 0
        ? s.program().length == 20 ? "p2wpkh" : "p2wsh"
        : s.version() == 1 && s.program().length == 32 ? "p2tr" : "segwit-v" + s.version();
    return new WalletAddress(litecoin ? "LTC" : "BTC", candidate.toLowerCase(Locale.ROOT), type, true, testnet);
  }

  private static boolean startsWithIgnoreCase(CharSequence c, String prefix) {
    for (int k = 0; k < prefix.length(); k++) {
      if ((c.charAt(k) | 0x20) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean startsWithSegwitHrp(CharSequence c) {
    for (String hrp : SEGWIT_HRPS) {
      if (c.length() > hrp.length() && c.charAt(hrp.length()) == '1' && startsWithIgnoreCase(c, hrp)) {
        return true;
      }
    }
    return false;
  }
}
