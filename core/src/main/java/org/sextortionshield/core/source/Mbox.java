package org.sextortionshield.core.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits an mbox into messages at "From " separator lines (at the start or after an empty line), undoing the
 * {@code >From} quoting of mboxrd. Members are read one at a time and each is bounded: beyond the limit the rest of
 * the member is skipped and reported, never buffered.
 */
final class Mbox {
  private static final int MAX_LINE = 1 << 20;
  private final InputStream in;
  private final long maxMessageBytes;

  Mbox(InputStream in, long maxMessageBytes) {
    this.in = in;
    this.maxMessageBytes = maxMessageBytes;
  }

  static boolean looksLikeMbox(byte[] head) {
    if (head.length < 7 || head[0] != 'F' || head[1] != 'r' || head[2] != 'o' || head[3] != 'm' || head[4] != ' ') {
      return false;
    }
    int end = 5;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    return isSeparator(new String(head, 0, end, StandardCharsets.ISO_8859_1));
  }

  /** "From sender date": a word after "From " and a digit somewhere after it. */
  static boolean isSeparator(String line) {
    if (!line.startsWith("From ") || line.length() < 8) {
      return false;
    }
    int sp = line.indexOf(' ', 5);
    if (sp < 0) {
      return false;
    }
    for (int i = sp; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  void forEach(String name, MessageVisitor visitor) throws IOException {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    boolean previousEmpty = true;
    boolean inMember = false;
    boolean overLimit = false;
    int index = 0;
    byte[] line;
    while ((line = readLine()) != null) {
      String start = line.length >= 5 ? new String(line, 0, Math.min(line.length, 200), StandardCharsets.ISO_8859_1)
          : "";
      if (previousEmpty && isSeparator(stripEol(start))) {
        if (inMember) {
          emit(name, ++index, member, overLimit, visitor);
        }
        member = new ByteArrayOutputStream();
        inMember = true;
        overLimit = false;
        previousEmpty = false;
        continue;
      }
      previousEmpty = isEmptyLine(line);
      if (!inMember) {
        continue; // bytes before the first separator
      }
      int from = isQuotedFrom(line) ? 1 : 0;
      if (member.size() + line.length - from > maxMessageBytes) {
        overLimit = true;
      } else {
        member.write(line, from, line.length - from);
      }
    }
    if (inMember) {
      emit(name, ++index, member, overLimit, visitor);
    }
  }

  private static void emit(String name, int index, ByteArrayOutputStream member, boolean overLimit,
      MessageVisitor visitor) {
    String memberName = name + "#" + index;
    byte[] bytes = member.toByteArray();
    if (bytes.length == 0 || isBlank(bytes)) {
      visitor.error(memberName, "empty mbox member");
      return;
    }
    if (overLimit) {
      visitor.error(memberName, "larger than the size limit; scanned only its first part");
    }
    visitor.message(memberName, () -> MessageSource.bytes(bytes));
  }

  /** mboxrd: ">From " and ">>From " lines lose one '>'. */
  private static boolean isQuotedFrom(byte[] line) {
    int i = 0;
    while (i < line.length && line[i] == '>') {
      i++;
    }
    return i > 0 && line.length >= i + 5 && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
        && line[i + 3] == 'm' && line[i + 4] == ' ';
  }

  private static boolean isEmptyLine(byte[] line) {
    return line.length == 0 || line.length == 1 && line[0] == '\n'
        || line.length == 2 && line[0] == '\r' && line[1] == '\n';
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
        return false;
      }
    }
    return true;
  }

  private static String stripEol(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** One line including its terminator; a line longer than MAX_LINE is returned in pieces. */
  private byte[] readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) >= 0) {
      line.write(c);
      if (c == '\n' || line.size() >= MAX_LINE) {
        break;
      }
    }
    return line.size() == 0 && c < 0 ? null : line.toByteArray();
  }
}
