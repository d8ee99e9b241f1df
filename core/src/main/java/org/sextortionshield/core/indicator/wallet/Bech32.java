package org.sextortionshield.core.indicator.wallet;

import java.util.Locale;

/** BIP-173 bech32 and BIP-350 bech32m checksums and segwit address decoding. */
final class Bech32 {
  static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;

  enum Encoding { BECH32, BECH32M }

  /** A decoded segwit address: human-readable part, witness version and program. */
  record Segwit(String hrp, int version, byte[] program, Encoding encoding) {}

  private Bech32() {}

  /** A checked bech32/bech32m string: its lower-case human-readable part, 5-bit data (with checksum), encoding. */
  private record Checked(String hrp, byte[] data, Encoding encoding) {}

  /** Decodes a segwit address for one of {@code hrps}; null when invalid in any way (checksum, case, lengths). */
  static Segwit decodeSegwit(String address, String... hrps) {
    Checked c = check(address);
    if (c == null || c.data().length < 7) {
      return null;
    }
    boolean known = false;
    for (String h : hrps) {
      known |= h.equals(c.hrp());
    }
    if (!known) {
      return null;
    }
    byte[] data = c.data();
    int version = data[0];
    byte[] program = convertBits(data, 1, data.length - 6, 5, 8, false);
    if (program == null || version > 16 || program.length < 2 || program.length > 40) {
      return null;
    }
    if (version == 0 && program.length != 20 && program.length != 32) {
      return null;
    }
    if (version == 0 != (c.encoding() == Encoding.BECH32)) {
      return null; // v0 must use bech32, v1+ must use bech32m
    }
    return new Segwit(c.hrp(), version, program, c.encoding());
  }

  /** Verifies a plain bech32/bech32m string (any hrp) and returns its encoding, or null. */
  static Encoding verify(String s) {
    Checked c = check(s);
    return c == null ? null : c.encoding();
  }

  /** Splits and checks a bech32/bech32m string: printable ASCII, one case, at most 90 chars, checksum holds. */
  private static Checked check(String s) {
    if (s.length() < 8 || s.length() > 90) {
      return null;
    }
    boolean lowerSeen = false;
    boolean upperSeen = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 33 || c > 126) {
        return null;
      }
      lowerSeen |= c >= 'a' && c <= 'z';
      upperSeen |= c >= 'A' && c <= 'Z';
    }
    if (lowerSeen && upperSeen) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    int sep = lower.lastIndexOf('1');
    if (sep < 1 || sep + 7 > lower.length()) {
      return null;
    }
    byte[] data = new byte[lower.length() - sep - 1];
    for (int i = 0; i < data.length; i++) {
      int v = CHARSET.indexOf(lower.charAt(sep + 1 + i));
      if (v < 0) {
        return null;
      }
      data[i] = (byte) v;
    }
    String hrp = lower.substring(0, sep);
    int check = polymod(hrp, data);
    Encoding encoding = check == BECH32_CONST ? Encoding.BECH32 : check == BECH32M_CONST ? Encoding.BECH32M : null;
    return encoding == null ? null : new Checked(hrp, data, encoding);
  }

  private static int polymod(String hrp, byte[] data) {
    int chk = 1;
    for (int i = 0; i < hrp.length(); i++) {
      chk = step(chk) ^ (hrp.charAt(i) >> 5);
    }
    chk = step(chk);
    for (int i = 0; i < hrp.length(); i++) {
      chk = step(chk) ^ (hrp.charAt(i) & 31);
    }
    for (byte d : data) {
      chk = step(chk) ^ d;
    }
    return chk;
  }

  private static int step(int pre) {
    int b = pre >>> 25;
    return ((pre & 0x1ffffff) << 5)
        ^ (-((b) & 1) & 0x3b6a57b2)
        ^ (-((b >> 1) & 1) & 0x26508e6d)
        ^ (-((b >> 2) & 1) & 0x1ea119fa)
        ^ (-((b >> 3) & 1) & 0x3d4233dd)
        ^ (-((b >> 4) & 1) & 0x2a1462b3);
  }

  static byte[] convertBits(byte[] data, int from, int to, int fromBits, int toBits, boolean pad) {
    int acc = 0;
    int bits = 0;
    int maxv = (1 << toBits) - 1;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = from; i < to; i++) {
      int value = data[i] & 0xff;
      if (value >> fromBits != 0) {
        return null;
      }
      acc = (acc << fromBits) | value;
      bits += fromBits;
      while (bits >= toBits) {
        bits -= toBits;
        out.write((acc >> bits) & maxv);
      }
    }
    if (pad) {
      if (bits > 0) {
        out.write((acc << (toBits - bits)) & maxv);
      }
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0) {
      return null;
    }
    return out.toByteArray();
  }
}
