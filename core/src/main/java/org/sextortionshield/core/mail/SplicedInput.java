package org.sextortionshield.core.mail;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes {@code first[0, first.length)}, then {@code buffered[from, to)}, then the rest of {@code rest}. A read that
 * reaches past what is held is filled from {@code rest} as far as one read of it gives, so reading from a byte array
 * or a file, mime4j's buffers end where they ended when it read the message itself.
 */
final class SplicedInput extends InputStream {
  private final byte[] first;
  private int firstAt;
  private final byte[] buffered;
  private int from;
  private final int to;
  private final MeteredInputStream rest;

  SplicedInput(byte[] first, byte[] buffered, int from, int to, MeteredInputStream rest) {
    this.first = first;
    this.buffered = buffered;
    this.from = from;
    this.to = to;
    this.rest = rest;
  }

  @Override
  public int read() throws IOException {
    if (firstAt < first.length) {
      return first[firstAt++] & 0xff;
    }
    if (from < to) {
      return buffered[from++] & 0xff;
    }
    return rest.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = Math.min(len, first.length - firstAt);
    System.arraycopy(first, firstAt, b, off, n);
    firstAt += n;
    int m = Math.min(len - n, to - from);
    System.arraycopy(buffered, from, b, off + n, m);
    from += m;
    n += m;
    // the rest is asked once, as mime4j asked it, and not at all when the held bytes end at the size limit: that one
    // read ended short there, and a read at the limit is what finds it reached
    if (n < len && (n == 0 || rest.remaining() > 0)) {
      int r = rest.read(b, off + n, len - n);
      return n > 0 ? n + Math.max(r, 0) : r;
    }
    return n;
  }
}
