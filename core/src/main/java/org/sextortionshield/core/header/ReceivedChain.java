package org.sextortionshield.core.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * The {@code Received:} headers of a message, top (most recent, added by our side) to bottom (closest to the
 * origin). Parsed by a hand-written scanner: the clauses {@code from}, {@code by}, {@code via}, {@code with},
 * {@code id}, {@code for} and the date after the last semicolon, with parenthesised comments (where MTAs put the
 * reverse DNS name and the IP in brackets). Lower hops can be forged by the sender; only hops added by our own
 * relays are trustworthy.
 */
public final class ReceivedChain {
  private static final int MAX_HOPS = 100;
  private static final int MAX_HEADER = 4096;
  /** The message whose Received headers these are, until they are first read (then null). */
  private ParsedMessage message;
  private List<String> headers;
  /** Parsed on first use: scanning never reads the chain, the evidence pack does (racing threads parse alike). */
  private List<ReceivedHop> hops;

  private ReceivedChain(List<String> headers) {
    this.headers = headers;
  }

  private ReceivedChain(ParsedMessage message) {
    this.message = message;
  }

  /**
   * The chain of a message, looked up on first use: a scan never reads it (the sender IP reads the headers itself),
   * and finding a message's Received headers walks all its headers.
   */
  public static ReceivedChain of(ParsedMessage message) {
    return new ReceivedChain(message);
  }

  /** The header values, looked up on first use (racing threads look up equal lists). */
  private synchronized List<String> headers() {
    if (headers == null) {
      headers = parse(message.headers("Received")).headers;
      message = null;
    }
    return headers;
  }

  /**
   * The chain of header values in message order (top first); each is parsed when the hops are first read. The list
   * is kept as given, not copied, and must not change: a message's {@code headers("Received")} decodes each value when
   * it is read, and a copy decoded every Received header of every scan where the sender IP reads only the first.
   */
  public static ReceivedChain parse(List<String> receivedHeaders) {
    return new ReceivedChain(receivedHeaders.subList(0, Math.min(MAX_HOPS, receivedHeaders.size())));
  }

  public List<ReceivedHop> hops() {
    List<ReceivedHop> h = hops;
    if (h == null) {
      List<String> values = headers();
      List<ReceivedHop> parsed = new ArrayList<>(values.size());
      for (String header : values) {
        parsed.add(parseHop(clip(header)));
      }
      h = List.copyOf(parsed); // immutable, so handing it over through a plain field is safe
      hops = h;
    }
    return h;
  }

  /**
   * The first public IP seen walking down from the top: the address of the machine that handed the message to the
   * first relay that recorded a public sender — as seen from our side, the external sender. Null when none.
   */
  public String firstExternalIp() {
    return firstExternalIp(headers());
  }

  /** The lowest public IP in the chain: the claimed origin, which the sender may have forged. Null when none. */
  public String claimedOriginIp() {
    List<ReceivedHop> hops = hops();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String ip = hops.get(i).ip();
      if (!ip.isEmpty() && IpAddresses.isPublic(ip)) {
        return ip;
      }
    }
    return null;
  }

  /**
   * The first public sender IP of the headers walking down from the top, reading no more of each header than that
   * needs (no dates, no other clauses); null when none. The same as {@code parse(headers).firstExternalIp()}.
   */
  public static String firstExternalIp(List<String> receivedHeaders) {
    for (int i = 0; i < receivedHeaders.size() && i < MAX_HOPS; i++) {
      String ip = fromIp(clip(receivedHeaders.get(i)));
      if (!ip.isEmpty() && IpAddresses.isPublic(ip)) {
        return ip;
      }
    }
    return null;
  }

  /**
   * The IP of the from clause of a header, as {@link #parseHop} finds it, read in place: bounds into {@code v} stand
   * for the stripped substrings {@code parseHop} copies, and CR, LF and TAB count as the spaces it makes them.
   */
  private static String fromIp(String v) {
    int lo = stripStart(v, 0, v.length());
    int hi = stripEnd(v, lo, v.length());
    int semi = v.lastIndexOf(';', hi - 1);
    int end = semi >= lo ? semi : hi;
    int[] at = keywordsAt(v, lo, end, FROM);
    if (at[FROM] < 0) {
      return "";
    }
    int start = at[FROM] + KEYWORDS[FROM].length();
    int stop = clauseEnd(at, start, end);
    int from = stripStart(v, start, stop);
    int to = stripEnd(v, from, stop);
    int open = v.indexOf('(', from);
    if (open >= 0 && open < to) {
      int close = commentEnd(v, open, to);
      int a = stripStart(v, open + 1, close);
      String ip = IpAddresses.findIn(v, a, stripEnd(v, a, close));
      if (!ip.isEmpty()) {
        return ip;
      }
    }
    return IpAddresses.findIn(v, from, to);
  }

  private static int stripStart(String s, int lo, int hi) {
    while (lo < hi && Character.isWhitespace(s.charAt(lo))) {
      lo++;
    }
    return lo;
  }

  private static int stripEnd(String s, int lo, int hi) {
    while (hi > lo && Character.isWhitespace(s.charAt(hi - 1))) {
      hi--;
    }
    return hi;
  }

  /** A header cut to {@link #MAX_HEADER} characters: what a hop is parsed from. */
  private static String clip(String header) {
    return header.length() > MAX_HEADER ? header.substring(0, MAX_HEADER) : header;
  }

  private static String clean(String header) {
    return oneLine(header).strip();
  }

  /** The header with CR, LF and TAB as spaces, copied at most once (usually not at all: values come unfolded). */
  private static String oneLine(String header) {
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        char[] out = header.toCharArray();
        for (int j = i; j < out.length; j++) {
          if (out[j] == '\r' || out[j] == '\n' || out[j] == '\t') {
            out[j] = ' ';
          }
        }
        return new String(out);
      }
    }
    return header;
  }

  /** The IP of a from clause: in its comment (where MTAs record it) or else in the clause itself. */
  private static String ipOf(String from, String comment) {
    String ip = IpAddresses.findIn(comment);
    return ip.isEmpty() ? IpAddresses.findIn(from) : ip;
  }

  static ReceivedHop parseHop(String header) {
    String value = clean(header);
    int semi = value.lastIndexOf(';');
    String clauses = semi >= 0 ? value.substring(0, semi) : value;
    String date = semi >= 0 ? value.substring(semi + 1).strip() : "";
    String[] clause = clauses(clauses);
    String from = clause[0];
    String helo = firstWord(from);
    String comment = comment(from);
    String host = firstWord(comment);
    if (host.startsWith("[") || host.equals("helo=") || host.contains("=")) {
      host = "";
    }
    String ip = ipOf(from, comment);
    return new ReceivedHop(helo, host.toLowerCase(Locale.ROOT), ip, firstWord(clause[1]).toLowerCase(Locale.ROOT),
        firstWord(clause[3]), firstWord(clause[4]), stripAngles(firstWord(clause[5])), Dates.parse(date), header);
  }

  private static final String[] KEYWORDS = {"from", "by", "via", "with", "id", "for"};
  private static final int FROM = 0;

  /**
   * The text of each clause ({@link #KEYWORDS} order), found in one pass: a clause runs from its keyword (a whole
   * word outside parentheses) to the next keyword. The first occurrence of a keyword wins.
   */
  static String[] clauses(String s) {
    int[] at = keywordsAt(s, 0, s.length(), -1);
    String[] out = new String[KEYWORDS.length];
    for (int k = 0; k < KEYWORDS.length; k++) {
      out[k] = clause(s, at, k);
    }
    return out;
  }

  /** The {@code from} clause alone, as {@link #clauses} finds it, reading the header only up to the clause's end. */
  static String fromClause(String s) {
    return clause(s, keywordsAt(s, 0, s.length(), FROM), FROM);
  }

  private static String clause(String s, int[] at, int k) {
    if (at[k] < 0) {
      return "";
    }
    int from = at[k] + KEYWORDS[k].length();
    return s.substring(from, clauseEnd(at, from, s.length())).strip();
  }

  /** Where a clause starting at {@code from} ends: at the nearest keyword after it, else at {@code end}. */
  private static int clauseEnd(int[] at, int from, int end) {
    for (int j = 0; j < KEYWORDS.length; j++) {
      if (at[j] >= from && at[j] < end) {
        end = at[j];
      }
    }
    return end;
  }

  /**
   * Where each keyword first occurs (-1 where it does not). With {@code until} a keyword, the scan stops at the first
   * keyword found after that one: the clause of {@code until} is then bounded, and later finds could not change it.
   */
  private static int[] keywordsAt(String s, int lo, int n, int until) {
    int[] at = new int[KEYWORDS.length];
    java.util.Arrays.fill(at, -1);
    int depth = 0;
    for (int i = lo; i < n; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !isSpace(c) && (i == lo || isSpace(s.charAt(i - 1)))) {
        int end = i;
        while (end < n && !isSpace(s.charAt(end)) && s.charAt(end) != '(' && end - i <= 4) {
          end++;
        }
        if (end - i <= 4 && (end == n || isSpace(s.charAt(end)))) {
          for (int k = 0; k < KEYWORDS.length; k++) {
            if (at[k] < 0 && KEYWORDS[k].length() == end - i && s.regionMatches(true, i, KEYWORDS[k], 0, end - i)) {
              at[k] = i;
              if (until >= 0 && k != until && at[until] >= 0 && i >= at[until] + KEYWORDS[until].length()) {
                return at;
              }
            }
          }
        }
      }
    }
    return at;
  }

  /** A space, or a character {@link #clean} makes one. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static String comment(String s) {
    int open = s.indexOf('(');
    return open < 0 ? "" : s.substring(open + 1, commentEnd(s, open, s.length())).strip();
  }

  /** The index of the parenthesis closing the one at {@code open}, or {@code hi} when none does. */
  private static int commentEnd(String s, int open, int hi) {
    int depth = 0;
    for (int i = open; i < hi; i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')' && --depth == 0) {
        return i;
      }
    }
    return hi;
  }

  private static String firstWord(String s) {
    String t = s.strip();
    int end = 0;
    while (end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != '(' && t.charAt(end) != ';') {
      end++;
    }
    return t.substring(0, end);
  }

  private static String stripAngles(String s) {
    String t = s;
    if (t.startsWith("<")) {
      t = t.substring(1);
    }
    if (t.endsWith(">")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.toLowerCase(Locale.ROOT);
  }
}
