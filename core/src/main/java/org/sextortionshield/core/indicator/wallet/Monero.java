package org.sextortionshield.core.indicator.wallet;

/**
 * Monero: standard (95 characters, "4…"), subaddress (95, "8…") and integrated (106, with a payment ID) addresses, on
 * main, test and stage networks. The payload is a network byte, two 32-byte public keys (and an 8-byte payment ID),
 * checked by the first 4 bytes of its Keccak-256.
 */
final class Monero implements AddressFamily {
  private static final int STANDARD_CHARS = 95;
  private static final int INTEGRATED_CHARS = 106;

  @Override
  public WalletAddress recognise(String candidate) {
    int len = candidate.length();
    if (len != STANDARD_CHARS && len != INTEGRATED_CHARS) {
      return null;
    }
    byte[] raw = MoneroBase58.decode(candidate);
    if (raw == null || raw.length < 5) {
      return null;
    }
    int body = raw.length - 4;
    byte[] hash = Keccak.hash256(raw, body);
    for (int i = 0; i < 4; i++) {
      if (hash[i] != raw[body + i]) {
        return null;
      }
    }
    boolean integrated = len == INTEGRATED_CHARS;
    return switch (raw[0] & 0xff) {
      case 18 -> integrated ? null : new WalletAddress("XMR", candidate, "standard", true, false);
      case 42 -> integrated ? null : new WalletAddress("XMR", candidate, "subaddress", true, false);
      case 19 -> integrated ? new WalletAddress("XMR", candidate, "integrated", true, false) : null;
      case 53, 24 -> integrated ? null : new WalletAddress("XMR", candidate, "standard", true, true);
      case 63, 36 -> integrated ? null : new WalletAddress("XMR", candidate, "subaddress", true, true);
      case 54, 25 -> integrated ? new WalletAddress("XMR", candidate, "integrated", true, true) : null;
      default -> null;
    };
  }
}
