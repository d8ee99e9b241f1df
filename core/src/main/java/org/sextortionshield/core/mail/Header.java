package org.sextortionshield.core.mail;

import java.util.Objects;
import org.apache.james.mime4j.stream.Field;

/**
 * One header field: its name as written and its value unfolded, with RFC 2047 encoded words decoded. A parsed
 * header is decoded when its value is first read: most of a mail's headers (signatures, relays' own fields) are
 * never read by name, and decoding each one was a measurable part of a scan.
 */
public final class Header {
  private final String name;
  /** The raw field until decoded (mime4j copied its bytes; they do not change), or null with {@code raw}. */
  private final Field field;
  /** Or the raw field as {@code raw[from, to)}, bytes of the message header nobody changes. */
  private final byte[] raw;
  private final int from;
  private final int to;
  private String value; // a benign race: every thread decodes an equal String

  public Header(String name, String value) {
    this.name = Objects.requireNonNull(name);
    this.field = null;
    this.raw = null;
    this.from = 0;
    this.to = 0;
    this.value = Objects.requireNonNull(value);
  }

  Header(Field field) {
    this.name = field.getName();
    this.field = field;
    this.raw = null;
    this.from = 0;
    this.to = 0;
  }

  Header(String name, byte[] raw, int from, int to) {
    this.name = name;
    this.field = null;
    this.raw = raw;
    this.from = from;
    this.to = to;
  }

  public String name() {
    return name;
  }

  public String value() {
    String v = value;
    if (v == null) {
      v = field != null ? MailParser.decodeValue(field) : MailParser.decodeValue(raw, from, to);
      value = v;
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Header h && name.equals(h.name) && value().equals(h.value());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value());
  }

  @Override
  public String toString() {
    return "Header[name=" + name + ", value=" + value() + "]";
  }
}
