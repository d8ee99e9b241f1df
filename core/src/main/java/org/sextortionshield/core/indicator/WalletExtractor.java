package org.sextortionshield.core.indicator;

import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.text.NormalizedText;

/**
 * Finds cryptocurrency addresses whose checksums hold: base58check (Bitcoin P2PKH/P2SH, Litecoin, Dogecoin, Tron,
 * testnets) and bech32/bech32m segwit (Bitcoin, Litecoin). Candidates are runs of address characters in the
 * case-preserving normalised text, so look-alike letters are already folded; a candidate only counts when its
 * checksum passes, so hashes and tracking IDs never become wallets.
 */
public final class WalletExtractor implements IndicatorExtractor {
  private static final int MIN_LEN = 25;
  private static final int MAX_LEN = 90;

  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    for (TextSegment segment : content.segments()) {
      NormalizedText text = segment.casePreserving();
      String s = text.text();
      int i = 0;
      while (i < s.length()) {
        if (!isAddressChar(s.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < s.length() && isAddressChar(s.charAt(i))) {
          i++;
        }
        int len = i - start;
        if (len >= MIN_LEN && len <= MAX_LEN) {
          Wallet w = classify(s.substring(start, i), segment.location(), text.sourceStart(start), text.sourceEnd(i));
          if (w != null) {
            out.wallet(w);
          }
        }
      }
    }
  }

  private static boolean isAddressChar(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The wallet this string is, or null. Package-visible for tests. */
  static Wallet classify(String candidate, String location, int start, int end) {
    Bech32.Segwit segwit = Bech32.decodeSegwit(candidate, "bc", "tb", "bcrt", "ltc", "tltc");
    if (segwit != null) {
      boolean ltc = segwit.hrp().endsWith("ltc");
      boolean testnet = !segwit.hrp().equals("bc") && !segwit.hrp().equals("ltc");
      String type = segwit.version() == 0
          ? segwit.program().length == 20 ? "p2wpkh" : "p2wsh"
          : segwit.version() == 1 && segwit.program().length == 32 ? "p2tr" : "segwit-v" + segwit.version();
      return new Wallet(ltc ? "LTC" : "BTC", candidate, type, true, testnet, location, start, end);
    }
    if (candidate.length() > 35) {
      return null;
    }
    byte[] payload = Base58.decodeChecked(candidate);
    if (payload == null || payload.length != 21) {
      return null;
    }
    int version = payload[0] & 0xff;
    return switch (version) {
      case 0x00 -> new Wallet("BTC", candidate, "p2pkh", true, false, location, start, end);
      case 0x05 -> new Wallet("BTC", candidate, "p2sh", true, false, location, start, end);
      case 0x6f -> new Wallet("BTC", candidate, "p2pkh", true, true, location, start, end);
      case 0xc4 -> new Wallet("BTC", candidate, "p2sh", true, true, location, start, end);
      case 0x30 -> new Wallet("LTC", candidate, "p2pkh", true, false, location, start, end);
      case 0x32 -> new Wallet("LTC", candidate, "p2sh", true, false, location, start, end);
      case 0x1e -> new Wallet("DOGE", candidate, "p2pkh", true, false, location, start, end);
      case 0x16 -> new Wallet("DOGE", candidate, "p2sh", true, false, location, start, end);
      case 0x41 -> new Wallet("TRX", candidate, "tron", true, false, location, start, end);
      default -> null;
    };
  }
}
