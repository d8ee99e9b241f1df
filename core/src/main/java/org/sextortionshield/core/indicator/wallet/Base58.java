package org.sextortionshield.core.indicator.wallet;

import java.security.MessageDigest;
import java.util.Arrays;

/** Bitcoin-style base58 and base58check (double SHA-256 checksum). */
final class Base58 {
  static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final int[] INDEX = new int[128];

  static {
    Arrays.fill(INDEX, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      INDEX[ALPHABET.charAt(i)] = i;
    }
  }

  private Base58() {}

  static boolean isBase58Char(char c) {
    return c < 128 && INDEX[c] >= 0;
  }

  /** The digit value of a base58 character, or -1. */
  static int digit(char c) {
    return c < 128 ? INDEX[c] : -1;
  }

  static boolean isBase58(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isBase58Char(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Decodes; null when a character is not base58. */
  static byte[] decode(String s) {
    if (s.isEmpty()) {
      return new byte[0];
    }
    byte[] input = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int digit = c < 128 ? INDEX[c] : -1;
      if (digit < 0) {
        return null;
      }
      input[i] = (byte) digit;
    }
    int zeros = 0;
    while (zeros < input.length && input[zeros] == 0) {
      zeros++;
    }
    byte[] decoded = new byte[input.length];
    int outputStart = decoded.length;
    for (int inputStart = zeros; inputStart < input.length; ) {
      decoded[--outputStart] = divmod(input, inputStart, 58, 256);
      if (input[inputStart] == 0) {
        inputStart++;
      }
    }
    while (outputStart < decoded.length && decoded[outputStart] == 0) {
      outputStart++;
    }
    return Arrays.copyOfRange(decoded, outputStart - zeros, decoded.length);
  }

  /**
   * Payload (version byte(s) + data) of {@code payloadLength} bytes when the 4-byte double-SHA-256 checksum holds; null
   * otherwise. A string whose length and leading "1"s (zero bytes) cannot make that many bytes is refused before
   * decoding: prose joined into a candidate mostly is.
   */
  static byte[] decodeChecked(String s, int payloadLength) {
    if (!mayDecodeTo(s, payloadLength + 4)) {
      return null;
    }
    byte[] raw = decode(s);
    if (raw == null || raw.length != payloadLength + 4) {
      return null;
    }
    byte[] payload = Arrays.copyOf(raw, raw.length - 4);
    byte[] hash = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (hash[i] != raw[raw.length - 4 + i]) {
        return null;
      }
    }
    return payload;
  }

  /** Bytes of 58^k, the smallest number of k + 1 base58 digits the first not 0, and of 58^k - 1, the largest of k. */
  private static final int[] POWER_BYTES = new int[128];
  private static final int[] MAX_BYTES = new int[128];

  static {
    java.math.BigInteger power = java.math.BigInteger.ONE;
    for (int k = 0; k < MAX_BYTES.length; k++) {
      POWER_BYTES[k] = (power.bitLength() + 7) / 8;
      MAX_BYTES[k] = (power.subtract(java.math.BigInteger.ONE).bitLength() + 7) / 8;
      power = power.multiply(java.math.BigInteger.valueOf(58));
    }
  }

  /**
   * Whether {@code s} can decode to {@code rawLength} bytes: its leading "1"s are zero bytes, its other m digits (the
   * first not 0) a number from 58^(m-1) to 58^m - 1.
   */
  static boolean mayDecodeTo(String s, int rawLength) {
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    int m = s.length() - zeros;
    if (m >= MAX_BYTES.length) {
      return true;
    }
    int bytes = rawLength - zeros;
    return m == 0 ? bytes == 0 : bytes >= POWER_BYTES[m - 1] && bytes <= MAX_BYTES[m];
  }

  private static byte divmod(byte[] number, int firstDigit, int base, int divisor) {
    int remainder = 0;
    for (int i = firstDigit; i < number.length; i++) {
      int digit = number[i] & 0xff;
      int temp = remainder * base + digit;
      number[i] = (byte) (temp / divisor);
      remainder = temp % divisor;
    }
    return (byte) remainder;
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
