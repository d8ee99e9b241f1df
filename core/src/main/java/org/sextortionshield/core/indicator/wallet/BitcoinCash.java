package org.sextortionshield.core.indicator.wallet;

import java.util.Locale;

/**
 * Bitcoin Cash cashaddr ("bitcoincash:qp…", the prefix optional in writing but part of the checksum): the bech32
 * alphabet with a 40-bit BCH checksum over the prefix and the payload. Reported with its prefix, in lower case.
 */
final class BitcoinCash implements AddressFamily {
  private static final String[] PREFIXES = {"bitcoincash", "bchtest", "bchreg"};
  private static final long[] GENERATORS = {0x98f2bc8e61L, 0x79b76d99e2L, 0xf33e5fb3c4L, 0xae2eabe2a8L, 0x1e4f43e470L};
  private static final int CHECKSUM_CHARS = 8;

  @Override
  public WalletAddress recognise(String candidate) {
    int len = candidate.length();
    if (len != 42 && len != 61 || "qpzrQPZR".indexOf(candidate.charAt(0)) < 0) {
      return null;
    }
    String payload = candidate.toLowerCase(Locale.ROOT);
    if (!payload.equals(candidate) && !candidate.toUpperCase(Locale.ROOT).equals(candidate)) {
      return null;
    }
    byte[] data = new byte[len];
    for (int i = 0; i < len; i++) {
      int v = Bech32.CHARSET.indexOf(payload.charAt(i));
      if (v < 0) {
        return null;
      }
      data[i] = (byte) v;
    }
    for (String prefix : PREFIXES) {
      if (polymod(prefix, data) == 0) {
        return decoded(prefix, payload, data);
      }
    }
    return null;
  }

  private static WalletAddress decoded(String prefix, String payload, byte[] data) {
    byte[] bytes = Bech32.convertBits(data, 0, data.length - CHECKSUM_CHARS, 5, 8, false);
    if (bytes == null || bytes.length < 1) {
      return null;
    }
    int version = bytes[0] & 0xff;
    int hashBytes = switch (version & 0x07) {
      case 0 -> 20;
      case 3 -> 32;
      default -> -1;
    };
    if ((version & 0x80) != 0 || bytes.length - 1 != hashBytes) {
      return null;
    }
    String type = switch (version >> 3) {
      case 0 -> "p2pkh";
      case 1 -> "p2sh";
      case 2 -> "p2pkh-token";
      case 3 -> "p2sh-token";
      default -> null;
    };
    if (type == null) {
      return null;
    }
    return new WalletAddress("BCH", prefix + ":" + payload, type, true, !prefix.equals("bitcoincash"));
  }

  private static long polymod(String prefix, byte[] data) {
    long c = 1;
    for (int i = 0; i < prefix.length(); i++) {
      c = step(c, prefix.charAt(i) & 0x1f);
    }
    c = step(c, 0);
    for (byte d : data) {
      c = step(c, d);
    }
    return c ^ 1;
  }

  private static long step(long c, int d) {
    long top = c >>> 35;
    long next = ((c & 0x07ffffffffL) << 5) ^ d;
    for (int k = 0; k < 5; k++) {
      if ((top >> k & 1) != 0) {
        next ^= GENERATORS[k];
      }
    }
    return next;
  }
}
