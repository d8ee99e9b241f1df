package org.sextortionshield.core.mail;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts every field of a message's top-level header at {@code maxFieldBytes} (its folded lines after the cut are
 * dropped). The parser fails on a field over its own limit, and a failure in the header kept nothing of the body, so
 * one padded Subject made any scam "clean". The body passes untouched.
 *
 * <p>It reads lines as the parser does: a line starting with a blank continues the field before it (the first line
 * of all starts a field), anything else starts one, an empty line ends the header, and so does a line without a
 * colon (the parser starts the body there). A field's size counts every byte of it, line breaks too, but a line
 * break alone never makes it "too long".
 */
final class HeaderGuard extends InputStream {
  private final InputStream in;
  private final int maxFieldBytes;
  private final byte[] buffer = new byte[1024]; // headers only; small, as one is made per message
  private int position;
  private int limit;
  private boolean headerDone;
  private boolean lineStart = true;
  private boolean crAtLineStart; // a CR began the line: an empty line if LF follows, else a field
  private boolean anyField;
  private boolean colon; // the current line has one
  private int lineBytes; // of the current line, without its line break
  private long fieldBytes;
  private boolean cutting; // the rest of a field past maxFieldBytes: dropped, line breaks too
  private boolean owed; // a cut field ended: its line break goes out before the byte that ended it
  private int pending = -1; // a byte that did not fit the caller's array
  private int cutFields;

  HeaderGuard(InputStream in, int maxFieldBytes) {
    this.in = in;
    this.maxFieldBytes = maxFieldBytes;
  }

  /** Fields cut at {@code maxFieldBytes}. */
  int cutFields() {
    return cutFields;
  }

  private final byte[] one = new byte[1];

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (headerDone && position == limit && pending < 0) {
      return in.read(b, off, len); // the body: straight through
    }
    int n = 0;
    while (n < len) {
      if (pending >= 0) {
        b[off + n++] = (byte) pending;
        pending = -1;
        continue;
      }
      if (position == limit) {
        if (n > 0) {
          break; // hand over what is ready before blocking for more
        }
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit < 0) {
          limit = 0;
          return -1;
        }
        continue;
      }
      if (headerDone) {
        int take = Math.min(len - n, limit - position);
        System.arraycopy(buffer, position, b, off + n, take);
        position += take;
        n += take;
        continue;
      }
      int c = buffer[position++] & 0xff;
      boolean pass = keep(c);
      if (owed) { // the line break a cut field lost goes before this byte
        owed = false;
        b[off + n++] = '\n';
        if (pass) {
          if (n < len) {
            b[off + n++] = (byte) c;
          } else {
            pending = c;
          }
        }
      } else if (pass) {
        b[off + n++] = (byte) c;
      }
    }
    return n;
  }

  /** Follows the header one byte at a time; true when the byte is passed on. */
  private boolean keep(int c) {
    if (c == '\n') {
      boolean empty = lineBytes == 0;
      lineStart = true;
      crAtLineStart = false;
      lineBytes = 0;
      if (empty || !colon) {
        headerDone = true; // the blank line, or a line that is no field: the body follows
        endCut();
        return true;
      }
      fieldBytes++;
      return !cutting;
    }
    if (lineStart) {
      if (c == '\r' && !crAtLineStart) {
        crAtLineStart = true; // decided by the next byte
        return true;
      }
      boolean continuation = anyField && !crAtLineStart && (c == ' ' || c == '\t');
      if (!continuation) {
        endCut();
        anyField = true;
        fieldBytes = crAtLineStart ? 1 : 0;
        colon = false;
      }
      lineBytes = crAtLineStart ? 1 : 0;
      crAtLineStart = false;
      lineStart = false;
    }
    colon |= c == ':';
    fieldBytes++;
    if (c != '\r') {
      lineBytes++;
    }
    if (cutting) {
      return false;
    }
    if (fieldBytes > maxFieldBytes && c != '\r') {
      cutting = true;
      cutFields++;
      return false;
    }
    return true;
  }

  /** Ends a cut field: the line break it lost is owed. */
  private void endCut() {
    if (cutting) {
      cutting = false;
      owed = true;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
