package org.sextortionshield.core.mail;

import java.nio.charset.StandardCharsets;

/**
 * The parts at the end of a message whose parse stopped at the parts limit. Padding a message with empty parts put the
 * scam after the limit, out of reach; mime4j cannot be asked to go on (it skips about half a million parts a second,
 * and a message holds millions), but the last bytes of the message are at hand. From the first boundary line in them,
 * they are a multipart of their own.
 */
final class PartsTail {
  /** Bytes from the end of a message that are searched for parts; lent per thread, as the parser keeps them all. */
  static final int BYTES = 64 * 1024;
  private static final ThreadLocal<byte[]> RINGS = new ThreadLocal<>();

  private PartsTail() {}

  /** This thread's ring, taken from it (a nested parse on the same thread gets one of its own). */
  static byte[] borrowRing() {
    byte[] ring = RINGS.get();
    RINGS.remove();
    return ring != null ? ring : new byte[BYTES];
  }

  static void returnRing(byte[] ring) {
    RINGS.set(ring);
  }

  /**
   * The last bytes as a message of their own: a multipart with {@code boundary}, from the first line that starts with
   * its delimiter; null when no such line is in them or the boundary cannot be written back into a header.
   */
  static byte[] asMultipart(byte[] last, String boundary) {
    if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
      return null;
    }
    for (int i = 0; i < boundary.length(); i++) {
      char c = boundary.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return null;
      }
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    int from = -1;
    for (int i = 0; i + delimiter.length <= last.length && from < 0; i++) {
      if ((i == 0 || last[i - 1] == '\n') && startsWith(last, i, delimiter)) {
        from = i;
      }
    }
    if (from < 0) {
      return null;
    }
    byte[] header = ("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[header.length + last.length - from];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(last, from, out, header.length, last.length - from);
    return out;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }
}
