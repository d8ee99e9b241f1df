package org.sextortionshield.core.indicator.wallet;

import java.math.BigInteger;

/**
 * Monero's base58: the Bitcoin alphabet, but applied to 8-byte blocks (11 characters each) plus one shorter last
 * block, so that every address of a kind has the same length.
 */
final class MoneroBase58 {
  private static final int FULL_BLOCK_CHARS = 11;
  private static final int[] BLOCK_CHARS = {0, 2, 3, 5, 6, 7, 9, 10, 11}; // characters for 0..8 bytes
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private MoneroBase58() {}

  /** Decodes; null when a character is not base58 or a block does not fit its byte count. */
  static byte[] decode(String s) {
    int fullBlocks = s.length() / FULL_BLOCK_CHARS;
    int lastChars = s.length() % FULL_BLOCK_CHARS;
    int lastBytes = -1;
    for (int n = 0; n < BLOCK_CHARS.length; n++) {
      if (BLOCK_CHARS[n] == lastChars) {
        lastBytes = n;
      }
    }
    if (lastBytes < 0) {
      return null;
    }
    byte[] out = new byte[fullBlocks * 8 + lastBytes];
    for (int b = 0; b <= fullBlocks; b++) {
      int from = b * FULL_BLOCK_CHARS;
      int bytes = b < fullBlocks ? 8 : lastBytes;
      if (bytes > 0 && !decodeBlock(s, from, from + BLOCK_CHARS[bytes], out, b * 8, bytes)) {
        return null;
      }
    }
    return out;
  }

  private static boolean decodeBlock(String s, int from, int to, byte[] out, int at, int bytes) {
    BigInteger value = BigInteger.ZERO;
    for (int i = from; i < to; i++) {
      int d = Base58.digit(s.charAt(i));
      if (d < 0) {
        return false;
      }
      value = value.multiply(BASE).add(BigInteger.valueOf(d));
    }
    if (value.bitLength() > bytes * 8) {
      return false;
    }
    byte[] raw = value.toByteArray(); // big-endian, maybe with a leading sign byte
    int copy = Math.min(raw.length, bytes);
    System.arraycopy(raw, raw.length - copy, out, at + bytes - copy, copy);
    return true;
  }
}
