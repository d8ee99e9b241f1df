package org.sextortionshield.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A well-formed MIME message built from fuzzer data: headers, then parts of fuzzer-chosen types, transfer encodings
 * and charsets (declared ones, unknown ones, lies), nested multiparts and forwarded messages. The bytes of each part
 * are the fuzzer's, so decoding, HTML and text analysis see arbitrary content inside a structure they accept.
 */
final class StructuredMessage {
  private static final String[] TYPES = {"text/plain", "text/html", "text/plain", "text/html", "message/rfc822",
      "application/octet-stream", "image/png", "application/pdf", "multipart/mixed", "multipart/alternative",
      "text/calendar", "message/delivery-status"};
  private static final String[] ENCODINGS = {"7bit", "8bit", "base64", "quoted-printable", "binary", "x-unknown"};
  private static final String[] CHARSETS = {"utf-8", "us-ascii", "iso-8859-1", "windows-1252", "koi8-r", "utf-16",
      "utf-16le", "utf-32", "iso-2022-jp", "shift_jis", "gb18030", "x-unknown", "", "\"utf-8\"", "utf-7",
      "unicode-1-1-utf-7", "big5", "euc-kr"};
  private static final int MAX_PARTS = 12;
  private static final int MAX_DEPTH = 4;

  private StructuredMessage() {}

  static byte[] from(FuzzedDataProvider data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] parts = {0};
    write(out, "From: " + header(data) + "\r\nTo: " + header(data) + "\r\nSubject: " + header(data) + "\r\n");
    entity(out, data, 0, parts);
    return out.toByteArray();
  }

  private static void entity(ByteArrayOutputStream out, FuzzedDataProvider data, int depth, int[] parts) {
    String type = TYPES[data.consumeInt(0, TYPES.length - 1)];
    if (depth >= MAX_DEPTH && (type.startsWith("multipart/") || type.equals("message/rfc822"))) {
      type = "text/plain";
    }
    parts[0]++;
    if (type.startsWith("multipart/")) {
      String boundary = "b" + depth + "-" + parts[0];
      write(out, "Content-Type: " + type + "; boundary=\"" + boundary + "\"\r\n\r\npreamble\r\n");
      int children = data.consumeInt(0, 4);
      for (int i = 0; i < children && parts[0] < MAX_PARTS; i++) {
        write(out, "--" + boundary + "\r\n");
        entity(out, data, depth + 1, parts);
        write(out, "\r\n");
      }
      write(out, "--" + boundary + "--\r\n");
      return;
    }
    String encoding = ENCODINGS[data.consumeInt(0, ENCODINGS.length - 1)];
    String charset = CHARSETS[data.consumeInt(0, CHARSETS.length - 1)];
    boolean attachment = data.consumeBoolean();
    StringBuilder h = new StringBuilder("Content-Type: " + type);
    if (type.startsWith("text/")) {
      h.append("; charset=").append(charset);
    }
    if (attachment) {
      h.append("\r\nContent-Disposition: attachment; filename=\"").append(data.consumeString(20).replace('"', '_')
          .replace('\r', '_').replace('\n', '_')).append('"');
    }
    h.append("\r\nContent-Transfer-Encoding: ").append(encoding).append("\r\n");
    if (type.equals("message/rfc822")) {
      ByteArrayOutputStream inner = new ByteArrayOutputStream();
      write(inner, "From: " + header(data) + "\r\nSubject: " + header(data) + "\r\n");
      entity(inner, data, depth + 1, parts);
      write(out, h + "\r\n");
      body(out, inner.toByteArray(), encoding);
      return;
    }
    write(out, h + "\r\n");
    byte[] content = type.startsWith("text/") ? text(data, charset) : data.consumeBytes(data.consumeInt(0, 2048));
    body(out, content, encoding);
  }

  /** Text in the declared charset where Java knows it, so the declaration is often (not always) true. */
  private static byte[] text(FuzzedDataProvider data, String charset) {
    String s = data.consumeString(data.consumeInt(0, 4096));
    try {
      String name = charset.replace("\"", "");
      return name.isEmpty() || !Charset.isSupported(name) ? s.getBytes(StandardCharsets.UTF_8)
          : s.getBytes(Charset.forName(name));
    } catch (RuntimeException e) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static void body(ByteArrayOutputStream out, byte[] content, String encoding) {
    if (encoding.equals("base64")) {
      out.writeBytes(Base64.getMimeEncoder().encode(content));
    } else if (encoding.equals("quoted-printable")) {
      out.writeBytes(quotedPrintable(content));
    } else {
      out.writeBytes(content);
    }
  }

  private static byte[] quotedPrintable(byte[] content) {
    StringBuilder s = new StringBuilder();
    int line = 0;
    for (byte b : content) {
      int c = b & 0xff;
      String piece = c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
          : String.format("=%02X", c);
      if (line + piece.length() > 75) {
        s.append("=\r\n");
        line = 0;
      }
      s.append(piece);
      line += piece.length();
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A header value: raw fuzzer text (folded lines and encoded words arise from it) on one logical line. */
  private static String header(FuzzedDataProvider data) {
    String v = data.consumeString(120);
    return v.replace("\r", "").replace("\n", "\r\n ");
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
