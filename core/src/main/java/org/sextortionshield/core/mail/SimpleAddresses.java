package org.sextortionshield.core.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * The address lists most mail carries ("a@b.c", "<a@b.c>", "Name Words <a@b.c>", "\"Quoted, Name\" <a@b.c>" and
 * comma lists of those, or an empty group alone: "undisclosed-recipients:;"), read in one pass without mime4j's
 * general parser, which costs a few microseconds a header (tens on a quoted name with escaped backslashes).
 * Anything else (other escapes, comments, other groups, encoded words, odd spacing or punctuation) gives null, and
 * {@link Addresses} parses it the general way; AddressesTest holds both ways equal over many generated headers.
 */
final class SimpleAddresses {
  private SimpleAddresses() {}

  /** The mailboxes of {@code header}, or null when it is not a list of the simple forms. */
  static List<MailAddress> parse(String header) {
    List<MailAddress> out = new ArrayList<>(2);
    int n = header.length();
    int i = skipSpaces(header, 0);
    if (i == n) {
      return null;
    }
    if (isEmptyGroup(header, i)) {
      return out;
    }
    while (true) { // each pass consumes at least one character or returns: bounded by n
      int end = header.charAt(i) == '"' ? quoted(header, i, out) : unquoted(header, i, out);
      if (end < 0) {
        return null;
      }
      i = skipSpaces(header, end);
      if (i == n) {
        return out;
      }
      if (header.charAt(i) != ',') {
        return null;
      }
      i = skipSpaces(header, i + 1);
      if (i == n) {
        return null;
      }
    }
  }

  /** "Phrase words:;" from {@code start} to the end, spaces allowed around ':' and ';': a group of no one. */
  private static boolean isEmptyGroup(String s, int start) {
    int colon = s.indexOf(':', start);
    if (colon < 0 || colon > start && name(s, start, colon) == null) {
      return false;
    }
    int semicolon = skipSpaces(s, colon + 1);
    return semicolon < s.length() && s.charAt(semicolon) == ';' && skipSpaces(s, semicolon + 1) == s.length();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The whitespace mime4j skips between tokens (header values come unfolded: no CR or LF). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** '"Quoted Name" <a@b.c>' at {@code start}: adds it and gives where it ends, or -1. */
  private static int quoted(String s, int start, List<MailAddress> out) {
    int close = s.indexOf('"', start + 1);
    if (close < 0 || !isQuotedName(s, start + 1, close)) {
      return -1;
    }
    int open = skipSpaces(s, close + 1);
    if (open == close + 1 || open == s.length() || s.charAt(open) != '<') {
      return -1;
    }
    String name = s.substring(start + 1, close);
    // mime4j reads an escaped backslash as one; other escapes were refused by isQuotedName
    return angled(s, name.indexOf('\\') < 0 ? name : name.replace("\\\\", "\\"), open + 1, out);
  }

  /** "a@b.c", "<a@b.c>" or "Name Words <a@b.c>" at {@code start}, up to a comma or the end: as {@link #quoted}. */
  private static int unquoted(String s, int start, List<MailAddress> out) {
    int end = s.indexOf(',', start);
    if (end < 0) {
      end = s.length();
    }
    int last = end;
    while (last > start && isSpace(s.charAt(last - 1))) {
      last--;
    }
    if (last == start) {
      return -1;
    }
    if (s.charAt(start) == '<') {
      return angled(s, "", start + 1, out);
    }
    if (s.charAt(last - 1) != '>') {
      if (!isAddress(s, start, last)) {
        return -1;
      }
      out.add(new MailAddress("", s.substring(start, last)));
      return last;
    }
    int open = s.lastIndexOf('<', last - 1);
    int nameEnd = open;
    while (nameEnd > start && isSpace(s.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    // "Name Words <": words apart by whitespace, then whitespace
    String name = nameEnd == open || open < start ? null : name(s, start, nameEnd);
    return name == null ? -1 : angled(s, name, open + 1, out);
  }

  /** The address from {@code from} (just after '<') to the next '>': adds it with the name, gives the end or -1. */
  private static int angled(String s, String name, int from, List<MailAddress> out) {
    int close = s.indexOf('>', from);
    if (close < 0 || !isAddress(s, from, close)) {
      return -1;
    }
    out.add(new MailAddress(name, s.substring(from, close)));
    return close + 1;
  }

  /**
   * Printable ASCII or letters and digits inside quotes, no encoded word, single spaces inside, a backslash only in
   * escaped pairs.
   */
  private static boolean isQuotedName(String s, int start, int end) {
    if (end <= start || s.charAt(start) == ' ' || s.charAt(end - 1) == ' ') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        if (++i == end || s.charAt(i) != '\\') {
          return false;
        }
      } else if (c == ' ' ? s.charAt(i - 1) == ' ' : !isNameChar(c, "!#$%&'()*+,-./:;<>@[]^_`{|}~")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The display name {@code s[start, end)} (trimmed) as mime4j gives it, words of letters, digits and "-_'." with
   * each run of whitespace between them made one space; or null when it holds anything else.
   */
  private static String name(String s, int start, int end) {
    boolean runs = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        runs |= c != ' ' || isSpace(s.charAt(i - 1)) || isSpace(s.charAt(i + 1));
      } else if (!isNameChar(c, "-_'.")) {
        return null;
      }
    }
    if (!runs) {
      return s.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      } else if (!isSpace(s.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** ASCII letters, digits and {@code punctuation}, or a letter or digit of another script. */
  private static boolean isNameChar(char c, String punctuation) {
    return c < 0x80 ? isAsciiAlnum(c) || punctuation.indexOf(c) >= 0
        : Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  /** local@domain: dot-separated runs of [A-Za-z0-9_%+-] before the one '@', of [A-Za-z0-9-] after it. */
  private static boolean isAddress(String s, int start, int end) {
    int at = s.indexOf('@', start);
    return at > start && at < end - 1 && dotted(s, start, at, true) && dotted(s, at + 1, end, false);
  }

  private static boolean dotted(String s, int start, int end, boolean local) {
    if (s.charAt(start) == '.' || s.charAt(end - 1) == '.') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (s.charAt(i - 1) == '.') {
          return false;
        }
      } else if (!(isAsciiAlnum(c) || c == '-' || local && (c == '_' || c == '%' || c == '+'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
