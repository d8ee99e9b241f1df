package org.sextortionshield.milter.client;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A message file split the way an MTA hands it to a milter: headers as name and value (the space after the colon
 * dropped, folded lines joined by LF) and the body in SMTP form (CRLF lines).
 */
public record MailText(List<Header> headers, byte[] body) {

  public record Header(byte[] name, byte[] value) {}

  public static MailText split(byte[] message) {
    List<Header> headers = new ArrayList<>();
    int at = 0;
    int n = message.length;
    byte[] name = null;
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    while (at < n) {
      int end = lineEnd(message, at);
      int next = end < n && message[end] == '\r' ? end + 2 : end + 1;
      if (end == at) { // the empty line between headers and body
        at = Math.min(next, n);
        break;
      }
      boolean continuation = message[at] == ' ' || message[at] == '\t';
      if (continuation && name != null) {
        value.write('\n');
        value.write(message, at, end - at);
      } else {
        if (name != null) {
          headers.add(new Header(name, value.toByteArray()));
        }
        int colon = indexOf(message, at, end, (byte) ':');
        if (colon < 0) { // not a header: the body starts here
          name = null;
          break;
        }
        name = Arrays.copyOfRange(message, at, trimEnd(message, at, colon));
        int v = colon + 1;
        if (v < end && message[v] == ' ') {
          v++;
        }
        value.reset();
        value.write(message, v, end - v);
      }
      at = Math.min(next, n);
    }
    if (name != null) {
      headers.add(new Header(name, value.toByteArray()));
    }
    return new MailText(headers, crlf(message, at));
  }

  private static int lineEnd(byte[] m, int from) {
    int i = from;
    while (i < m.length && m[i] != '\n') {
      i++;
    }
    return i > from && m[i - 1] == '\r' ? i - 1 : i;
  }

  private static int indexOf(byte[] m, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (m[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int trimEnd(byte[] m, int from, int to) {
    while (to > from && (m[to - 1] == ' ' || m[to - 1] == '\t')) {
      to--;
    }
    return to;
  }

  /** The bytes from {@code from} with every bare LF made CRLF. */
  private static byte[] crlf(byte[] m, int from) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(m.length - from + 64);
    for (int i = from; i < m.length; i++) {
      if (m[i] == '\n' && (i == from || m[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(m[i]);
    }
    return out.toByteArray();
  }
}
