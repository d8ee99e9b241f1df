package org.sextortionshield.core.mail;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.DefaultFieldBuilder;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.RecycledByteArrayBuffer;

/**
 * Builds mime4j's header fields, cutting each at {@code maxFieldBytes} (line breaks count; its folded lines past the
 * cut are dropped). mime4j's own builder fails the whole parse on a field over its limit, and a failure in a header
 * kept nothing after it, so one padded field (in the message's header or any MIME part's) made any scam "clean".
 * Being mime4j's builder, it sees exactly the lines mime4j reads as one field: no second reading of the header to
 * disagree with the parser's.
 */
final class CuttingFieldBuilder implements FieldBuilder {
  private final FieldBuilder builder = new DefaultFieldBuilder(-1); // no limit of its own: it never fails
  private final int maxFieldBytes;
  private int fieldBytes;
  private boolean cutting;
  private int cutFields;

  CuttingFieldBuilder(int maxFieldBytes) {
    this.maxFieldBytes = maxFieldBytes;
  }

  /** Fields cut so far, over every header of the message. */
  int cutFields() {
    return cutFields;
  }

  @Override
  public void reset() {
    builder.reset();
    fieldBytes = 0;
    cutting = false;
  }

  @Override
  public void append(ByteArrayBuffer line) throws MimeException {
    if (line == null || cutting) {
      return;
    }
    int room = maxFieldBytes - fieldBytes;
    if (line.length() <= room) {
      fieldBytes += line.length();
      builder.append(line);
      return;
    }
    cutting = true;
    cutFields++;
    fieldBytes = maxFieldBytes;
    builder.append(new ByteArrayBuffer(line.buffer(), room, true)); // the line's first bytes, wrapped, not copied
  }

  @Override
  public RawField build() throws MimeException {
    return builder.build();
  }

  @Override
  public RecycledByteArrayBuffer getRaw() {
    return builder.getRaw();
  }

  @Override
  public void release() {
    builder.release();
  }
}
