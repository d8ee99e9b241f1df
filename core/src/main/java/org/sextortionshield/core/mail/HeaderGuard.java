package org.sextortionshield.core.mail;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts the top-level header of a message to what the MIME parser accepts: a field longer than {@code maxFieldBytes}
 * is cut there (its folded lines after the cut are dropped), and fields after the first {@code maxFields} are
 * skipped. The parser fails on either, and a failure in the header kept nothing of the body, so one padded header
 * made any scam "clean". The body passes untouched; like the parser, a line that is no field starts it.
 */
final class HeaderGuard extends InputStream {
  private final InputStream in;
  private final int maxFieldBytes;
  private final int maxFields;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;
  private boolean headerDone;
  private boolean lineStart = true;
  private int lineBytes; // of the current physical line, without its line break
  private long fieldBytes;
  private int fields;
  private boolean skipping; // a field past maxFields: dropped whole, line breaks too
  private boolean cutting; // the rest of a field past maxFieldBytes: dropped, line breaks too
  private static final int NAME = 0;
  private static final int BLANKS = 1;
  private static final int FIELD = 2;
  private static final int MALFORMED = 3;
  private int name = NAME; // how far the current field's name has been read
  private boolean owed; // a cut field ended: its line break goes out before the byte that ended it
  private int pending = -1; // a byte that did not fit the caller's array
  private int cutFields;
  private int skippedFields;

  HeaderGuard(InputStream in, int maxFieldBytes, int maxFields) {
    this.in = in;
    this.maxFieldBytes = maxFieldBytes;
    this.maxFields = maxFields;
  }

  /** Fields cut at {@code maxFieldBytes}. */
  int cutFields() {
    return cutFields;
  }

  /** Fields skipped after the first {@code maxFields}. */
  int skippedFields() {
    return skippedFields;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
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
        if (n > 0 && (headerDone || in.available() <= 0)) {
          break; // hand over what is ready before blocking for more
        }
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit < 0) {
          limit = 0;
          return n == 0 ? -1 : n;
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
    if (lineStart && c != '\n' && c != '\r') {
      boolean continuation = c == ' ' || c == '\t';
      if (!continuation) {
        endCut();
        fields++;
        fieldBytes = 0;
        name = NAME;
        skipping = fields > maxFields;
        if (skipping) {
          skippedFields++;
        }
      }
      lineStart = false;
    }
    if (c == '\n') {
      boolean empty = lineBytes == 0;
      lineStart = true;
      lineBytes = 0;
      if (empty || name != FIELD) {
        // the blank line, or a line that is no field (the parser starts the body there): the body follows
        headerDone = true;
        endCut();
        return true;
      }
      return !skipping && !cutting;
    }
    name = nameAfter(name, c);
    if (c == '\r' && lineBytes == 0) {
      return true; // perhaps the blank line's: kept, whatever is being dropped
    }
    lineBytes++;
    if (skipping || cutting) {
      return false;
    }
    if (++fieldBytes > maxFieldBytes) {
      cutting = true;
      cutFields++;
      return false;
    }
    return true;
  }

  /** A field name is printable ASCII up to the colon, perhaps with blanks before it; anything else is no field. */
  private static int nameAfter(int name, int c) {
    if (name == FIELD || name == MALFORMED) {
      return name;
    }
    if (c == ':') {
      return FIELD;
    }
    if (c == ' ' || c == '\t') {
      return BLANKS;
    }
    return name == BLANKS || c < 33 || c > 126 ? MALFORMED : NAME;
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
