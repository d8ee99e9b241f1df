package org.sextortionshield.core.mail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A message's own header read straight from its first bytes in one pass, when it is plain enough that mime4j would
 * read it the very same way: every field starts with a name of field characters (no '(', which mime4j reads as a
 * comment) directly followed by ':', continuation lines start with a space or tab, lines end in LF, and an empty line
 * ends the header. Anything else (a line that is no field, a name with a space, no empty line within the bytes, more
 * fields than a header keeps) is left to mime4j whole, as are Content-* fields naming quoted-printable or rfc822,
 * whose reading depends on where mime4j's buffers happen to end. mime4j then reads only {@link #forMime4j}: the
 * Content-* fields as written and the empty line, so its body descriptor is built from the same fields.
 */
final class TopHeader {
  /** Bytes of header read this way at most; a longer one goes to mime4j. */
  static final int MAX_BYTES = 64 * 1024;
  /** Field-name bytes as mime4j's field builder accepts them, less '(' (parsed as a comment). */
  private static final boolean[] NAME = new boolean[128];
  private static final byte[] NO_CONTENT_FIELD = "X:\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NO_CONTENT_HEADER = "X:\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  static {
    for (int c = 0x21; c <= 0x7e; c++) {
      NAME[c] = c != ':' && c != '(';
    }
  }

  /** The header's fields, values decoded when first read. */
  final List<Header> headers;
  /** Where the rest of the body starts: just past the empty line (or the line lost after a field mime4j cannot read). */
  final int end;
  /**
   * The Content-* fields (or a dummy field when there are none) and an empty line, for mime4j to read; then the lines
   * of a field mime4j could not read, which start the body.
   */
  final byte[] forMime4j;

  private TopHeader(List<Header> headers, int end, byte[] forMime4j) {
    this.headers = headers;
    this.end = end;
    this.forMime4j = forMime4j;
  }

  /** What {@link #read} found. */
  enum Outcome { READ, NEED_MORE, NOT_PLAIN }

  /**
   * The header in {@code b[0, length)}; null with {@code outcome[0]} saying whether more bytes could make it readable
   * (no empty line yet) or it is for mime4j.
   */
  static TopHeader read(byte[] b, int length, Outcome[] outcome) {
    List<Header> headers = new ArrayList<>(40);
    int[] content = new int[8]; // start and end of each Content-* field
    int contents = 0;
    int pos = 0;
    int fieldStart = -1;
    int nameEnd = -1;
    while (true) {
      int lf = indexOfLf(b, pos, length);
      if (lf < 0) {
        outcome[0] = Outcome.NEED_MORE;
        return null;
      }
      int textEnd = lf > pos && b[lf - 1] == '\r' ? lf - 1 : lf;
      byte first = b[pos];
      if (fieldStart >= 0 && textEnd > pos && (first == ' ' || first == '\t')) {
        pos = lf + 1; // a continuation line
        continue;
      }
      if (fieldStart >= 0) {
        headers.add(field(b, fieldStart, nameEnd, pos));
        if (isContent(b, fieldStart, nameEnd)) {
          if (mime4jOnly(b, fieldStart, pos)) {
            outcome[0] = Outcome.NOT_PLAIN;
            return null;
          }
          if (contents + 2 > content.length) {
            content = Arrays.copyOf(content, content.length * 2);
          }
          content[contents++] = fieldStart;
          content[contents++] = pos;
        }
      }
      if (textEnd == pos) { // the empty line
        if (fieldStart < 0) {
          outcome[0] = Outcome.NOT_PLAIN; // no field at all: mime4j has its own way with that
          return null;
        }
        outcome[0] = Outcome.READ;
        return new TopHeader(headers, lf + 1, forMime4j(b, content, contents));
      }
      int i = pos;
      while (i < lf && b[i] >= 0 && NAME[b[i]]) {
        i++;
      }
      if (headers.size() >= MailParser.MAX_HEADER_FIELDS) {
        return notPlain(outcome);
      }
      if (i == pos || b[i] != ':') {
        return contents == 0 && startsTwoWords(b, pos, lf) ? startOfBody(b, length, headers, pos, lf, outcome)
            : notPlain(outcome);
      }
      fieldStart = pos;
      nameEnd = i;
      pos = lf + 1;
    }
  }

  private static TopHeader notPlain(Outcome[] outcome) {
    outcome[0] = Outcome.NOT_PLAIN;
    return null;
  }

  /**
   * Whether a line starts with two words of field characters (an mbox "From " line, "not a field"): mime4j reads the
   * field up to its ':' as a name with a space, which no field may have.
   */
  private static boolean startsTwoWords(byte[] b, int from, int lf) {
    int i = from;
    while (i < lf && b[i] >= 0 && NAME[b[i]]) {
      i++;
    }
    if (i == from || i == lf || b[i] != ' ' && b[i] != '\t') {
      return false;
    }
    while (i < lf && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i < lf && b[i] >= 0 && NAME[b[i]];
  }

  /**
   * The header up to a field mime4j cannot read, in {@code b[start, ...)} from its line ending at {@code lf}: mime4j
   * reads that field's lines and the line after them, finds it no field, and puts the field's lines back as the
   * start of the body; the line after them is lost (an empty line, or the next field). With no Content-* field before
   * it the body is plain text, read the same however mime4j's buffers fall.
   */
  private static TopHeader startOfBody(byte[] b, int length, List<Header> headers, int start, int lf,
      Outcome[] outcome) {
    int pos = lf + 1;
    while (true) {
      int next = indexOfLf(b, pos, length);
      if (next < 0) {
        outcome[0] = Outcome.NEED_MORE;
        return null;
      }
      int textEnd = next > pos && b[next - 1] == '\r' ? next - 1 : next;
      if (textEnd > pos && (b[pos] == ' ' || b[pos] == '\t')) {
        pos = next + 1; // a continuation line of the field
        continue;
      }
      byte[] body = Arrays.copyOf(NO_CONTENT_HEADER, NO_CONTENT_HEADER.length + pos - start);
      System.arraycopy(b, start, body, NO_CONTENT_HEADER.length, pos - start);
      outcome[0] = Outcome.READ;
      return new TopHeader(headers, next + 1, body);
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LFS = ONES * '\n';
  private static final long HIGHS = ONES * 0x80;

  /** The first LF in {@code b[from, to)}, eight bytes a step (a header line is some 70), or -1. */
  static int indexOfLf(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ LFS;
      long zero = (x - ONES) & ~x & HIGHS; // the lowest flag marks the first LF (flags above it may be false)
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The field in {@code b[start, next)}: its raw form ends before its last LF and a CR before that, as mime4j's. */
  private static Header field(byte[] b, int start, int nameEnd, int next) {
    int end = next - 1; // the LF
    if (b[end - 1] == '\r') {
      end--;
    }
    return new Header(name(b, start, nameEnd), b, start, end);
  }

  /** Names most mail has, each made once: the lookups by name then often meet the same String. */
  private static final String[] KNOWN = {"Received", "Delivered-To", "Date", "From", "Subject", "To", "Cc",
      "Return-Path", "Precedence", "Content-Type", "MIME-Version", "Mime-Version", "List-Id", "List-ID",
      "List-Unsubscribe", "Sender", "List-Subscribe", "Errors-To", "List-Help", "List-Post", "List-Archive",
      "Message-Id", "Message-ID", "In-Reply-To", "Content-Transfer-Encoding", "References", "X-Mailer", "Reply-To",
      "X-Original-To", "DKIM-Signature", "User-Agent", "Content-Disposition", "X-Priority", "Organization",
      "X-Received", "Authentication-Results", "ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results",
      "Received-SPF", "X-Spam-Status", "Thread-Index", "Thread-Topic", "Content-Language", "Importance"};
  private static final int SLOTS = 128; // a power of two, well over the names
  private static final String[] NAMES = new String[SLOTS];

  static {
    for (String known : KNOWN) {
      int s = slot(known.length(), known.charAt(0), known.charAt(known.length() - 1));
      while (NAMES[s] != null) {
        s = (s + 1) & (SLOTS - 1);
      }
      NAMES[s] = known;
    }
  }

  private static int slot(int length, int first, int last) {
    return (length * 31 + first * 7 + last) & (SLOTS - 1);
  }

  /** The field name in {@code b[from, to)} (field characters, so ASCII): a known one's String, else a new one. */
  static String name(byte[] b, int from, int to) {
    int length = to - from;
    for (int s = slot(length, b[from], b[to - 1]); NAMES[s] != null; s = (s + 1) & (SLOTS - 1)) {
      String known = NAMES[s];
      if (known.length() == length && sameAscii(known, b, from)) {
        return known;
      }
    }
    return new String(b, from, length, StandardCharsets.ISO_8859_1);
  }

  private static boolean sameAscii(String s, byte[] b, int from) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != b[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isContent(byte[] b, int start, int nameEnd) {
    return nameEnd - start > 8 && startsWithIgnoreCase(b, start, "content-");
  }

  /** Whether a Content-* field names quoted-printable or rfc822 anywhere (case-insensitive). */
  private static boolean mime4jOnly(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = b[i] | 0x20;
      if (c == 'q' && startsWithIgnoreCase(b, i, "quoted") || c == 'r' && startsWithIgnoreCase(b, i, "rfc822")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(byte[] b, int at, String lower) {
    if (at + lower.length() > b.length) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      int c = b[at + k];
      if (c >= 'A' && c <= 'Z') {
        c |= 0x20;
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] forMime4j(byte[] b, int[] content, int contents) {
    int size = 2;
    for (int k = 0; k < contents; k += 2) {
      size += content[k + 1] - content[k];
    }
    byte[] out = new byte[contents == 0 ? NO_CONTENT_FIELD.length + 2 : size];
    int at = 0;
    if (contents == 0) {
      System.arraycopy(NO_CONTENT_FIELD, 0, out, 0, NO_CONTENT_FIELD.length);
      at = NO_CONTENT_FIELD.length;
    }
    for (int k = 0; k < contents; k += 2) {
      System.arraycopy(b, content[k], out, at, content[k + 1] - content[k]);
      at += content[k + 1] - content[k];
    }
    out[at] = '\r';
    out[at + 1] = '\n';
    return out;
  }
}
