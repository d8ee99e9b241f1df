package org.sextortionshield.milter.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One milter packet: a code ({@link Smfi}) and its data.
 *
 * @param cut the data was longer than the reader's bound; only its start is here (the rest was skipped)
 */
public record Packet(byte code, byte[] data, boolean cut) {
  private static final byte[] NONE = new byte[0];

  public static Packet of(byte code) {
    return new Packet(code, NONE, false);
  }

  public static Builder builder(byte code) {
    return new Builder(code);
  }

  /** A cursor over the data's fields: NUL-terminated strings, 16- and 32-bit big-endian integers, single bytes. */
  public Fields fields() {
    return new Fields(data);
  }

  @Override
  public String toString() {
    return Smfi.commandName(code) + "(" + data.length + " bytes" + (cut ? ", cut" : "") + ")";
  }

  /** Reads a packet's data field by field; reading past the end gives empty values, never an exception. */
  public static final class Fields {
    private final byte[] data;
    private int at;

    Fields(byte[] data) {
      this.data = data;
    }

    public boolean hasMore() {
      return at < data.length;
    }

    /** The bytes up to the next NUL (or the end), without the NUL. */
    public byte[] bytes() {
      int start = at;
      while (at < data.length && data[at] != 0) {
        at++;
      }
      byte[] out = Arrays.copyOfRange(data, start, at);
      if (at < data.length) {
        at++;
      }
      return out;
    }

    /** The next NUL-terminated string; bytes that are not UTF-8 become U+FFFD. */
    public String string() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    public int int32() {
      int v = 0;
      for (int i = 0; i < 4; i++) {
        v = (v << 8) | u8();
      }
      return v;
    }

    public int int16() {
      return (u8() << 8) | u8();
    }

    public int u8() {
      return at < data.length ? data[at++] & 0xff : 0;
    }

    /** Everything not read yet. */
    public byte[] rest() {
      byte[] out = Arrays.copyOfRange(data, Math.min(at, data.length), data.length);
      at = data.length;
      return out;
    }
  }

  /** Builds a packet's data: integers big-endian, strings NUL-terminated. */
  public static final class Builder {
    private final byte code;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Builder(byte code) {
      this.code = code;
    }

    public Builder int32(int v) {
      out.write(v >>> 24);
      out.write(v >>> 16);
      out.write(v >>> 8);
      out.write(v);
      return this;
    }

    public Builder int16(int v) {
      out.write(v >>> 8);
      out.write(v);
      return this;
    }

    public Builder u8(int v) {
      out.write(v);
      return this;
    }

    public Builder string(String s) {
      return bytes(s.getBytes(StandardCharsets.UTF_8)).u8(0);
    }

    /** A NUL-terminated string given as bytes (header values are passed on byte for byte). */
    public Builder string(byte[] s) {
      return bytes(s).u8(0);
    }

    public Builder bytes(byte[] b) {
      out.write(b, 0, b.length);
      return this;
    }

    public Packet build() {
      return new Packet(code, out.toByteArray(), false);
    }
  }
}
