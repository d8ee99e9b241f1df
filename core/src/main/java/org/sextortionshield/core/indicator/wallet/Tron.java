package org.sextortionshield.core.indicator.wallet;

/** Tron: base58check with version byte 0x41, 34 characters starting with "T". */
final class Tron implements AddressFamily {
  @Override
  public WalletAddress recognise(String candidate) {
    if (candidate.length() != 34 || candidate.charAt(0) != 'T') {
      return null;
    }
    byte[] payload = Base58.decodeChecked(candidate, 21);
    if (payload == null || (payload[0] & 0xff) != 0x41) {
      return null;
    }
    return new WalletAddress("TRX", candidate, "tron", true, false);
  }
}
