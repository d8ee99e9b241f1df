package org.sextortionshield.core.mail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Counts and hashes the bytes read, keeps the last of them in a ring (what was read last, for a parse that had to stop
 * early), and ends the stream after {@code limit} bytes.
 */
final class MeteredInputStream extends FilterInputStream {
  private final long limit;
  private final MessageDigest digest = MailParser.sha256();
  private final byte[] ring;
  private long count;
  private boolean limitReached;

  /** {@code ring}: where the last bytes read are kept, overwritten in turn (lent by the caller: it is large). */
  MeteredInputStream(InputStream in, long limit, byte[] ring) {
    super(in);
    this.limit = limit;
    this.ring = ring;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (count >= limit) {
      if (!limitReached && super.read() >= 0) {
        limitReached = true;
      }
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, limit - count));
    if (n > 0) {
      digest.update(b, off, n);
      keepLast(b, off, n);
      count += n;
    }
    return n;
  }

  private void keepLast(byte[] b, int off, int n) {
    int size = ring.length;
    if (n >= size) { // only the last `size` bytes stay, each at its offset modulo the size
      int at = (int) ((count + n) % size);
      System.arraycopy(b, off + n - size, ring, at, size - at);
      System.arraycopy(b, off + n - at, ring, 0, at);
      return;
    }
    int at = (int) (count % size);
    int first = Math.min(n, size - at);
    System.arraycopy(b, off, ring, at, first);
    System.arraycopy(b, off + first, ring, 0, n - first);
  }

  /** The last bytes read (at most the ring's size), in order. */
  byte[] last() {
    int size = ring.length;
    if (count <= size) {
      return java.util.Arrays.copyOf(ring, (int) count);
    }
    int at = (int) (count % size);
    byte[] out = new byte[size];
    System.arraycopy(ring, at, out, 0, size - at);
    System.arraycopy(ring, 0, out, size - at, at);
    return out;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int read = read(buf, 0, buf.length);
    return Math.max(read, 0);
  }

  /** Reads what the parser left unread (an epilogue, a stopped parse) into the hash, within the limit. */
  void drainForHash() throws IOException {
    byte[] buf = new byte[256]; // usually nothing or an epilogue is left: a large buffer cost its zeroing
    int n;
    while ((n = read(buf, 0, buf.length)) > 0) {
      if (n == buf.length && buf.length < 8192) {
        buf = new byte[8192]; // a stopped parse leaves much: read it in larger steps
      }
    }
  }

  /** Bytes that may still be read before the limit. */
  long remaining() {
    return limit - count;
  }

  long count() {
    return count;
  }

  boolean limitReached() {
    return limitReached;
  }

  String sha256Hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
