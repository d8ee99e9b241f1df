package org.sextortionshield.core.indicator.wallet;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Ethereum (and EVM chains): "0x" + 40 hex digits. Mixed case carries the EIP-55 checksum (a letter is upper case
 * exactly when the matching nibble of Keccak-256 of the lower-case hex is 8 or more), which must hold. An address in
 * one case carries no checksum: it is reported, but not as validated.
 */
final class Ethereum implements AddressFamily {
  @Override
  public WalletAddress recognise(String candidate) {
    if (candidate.length() != 42 || candidate.charAt(0) != '0' || (candidate.charAt(1) | 0x20) != 'x') {
      return null;
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 2; i < 42; i++) {
      char c = candidate.charAt(i);
      if (c >= 'a' && c <= 'f') {
        lower = true;
      } else if (c >= 'A' && c <= 'F') {
        upper = true;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    String hex = candidate.substring(2);
    if (lower && upper) {
      return hex.equals(checksummed(hex)) ? new WalletAddress("ETH", "0x" + hex, "account", true, false) : null;
    }
    return new WalletAddress("ETH", "0x" + checksummed(hex), "account", false, false);
  }

  /** The EIP-55 spelling of 40 hex digits. */
  static String checksummed(String hex) {
    String lower = hex.toLowerCase(Locale.ROOT);
    byte[] ascii = lower.getBytes(StandardCharsets.US_ASCII);
    byte[] hash = Keccak.hash256(ascii, ascii.length);
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }
}
