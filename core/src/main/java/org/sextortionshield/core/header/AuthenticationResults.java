package org.sextortionshield.core.header;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617) headers, parsed by hand. Anyone can
 * write such a header into a message, so a result counts only when its authserv-id is trusted: the configured ids,
 * or by default the authserv-id of the topmost Authentication-Results header (added by our own receiving server).
 */
public final class AuthenticationResults {
  private static final int MAX_HEADERS = 50;
  private static final int MAX_HEADER = 8192;
  /** The authserv-id of a header that has none (Exchange Online's); configure it as "" to trust such headers. */
  public static final String MISSING_ID = "";
  private final List<AuthResult> results;

  private AuthenticationResults(List<AuthResult> results) {
    this.results = List.copyOf(results);
  }

  /**
   * @param authResults Authentication-Results values, top first
   * @param arcResults ARC-Authentication-Results values, top first
   * @param trustedIds authserv-ids to trust; empty means "the topmost Authentication-Results header's id"
   */
  public static AuthenticationResults parse(List<String> authResults, List<String> arcResults,
      Set<String> trustedIds) {
    Set<String> trusted = new java.util.HashSet<>();
    for (String id : trustedIds) {
      trusted.add(id.strip().toLowerCase(Locale.ROOT));
    }
    if (trusted.isEmpty() && !authResults.isEmpty()) {
      trusted.add(authservId(splitOutsideQuotes(strip(authResults.get(0)), ';')));
    }
    List<AuthResult> out = new ArrayList<>();
    int n = 0;
    for (String h : authResults) {
      if (n++ >= MAX_HEADERS) {
        break;
      }
      parseOne(strip(h), trusted, false, out);
    }
    for (String h : arcResults) {
      if (n++ >= MAX_HEADERS) {
        break;
      }
      String v = strip(h);
      int semi = v.indexOf(';');
      if (v.regionMatches(true, 0, "i=", 0, 2)) {
        if (semi < 0) {
          continue; // an instance tag and nothing else
        }
        v = v.substring(semi + 1).strip(); // drop the ARC instance tag
      }
      parseOne(v, trusted, true, out);
    }
    return new AuthenticationResults(out);
  }

  public List<AuthResult> all() {
    return results;
  }

  /** Trusted results of one method ("spf", "dkim", "dmarc", "compauth", ...). */
  public List<AuthResult> trusted(String method) {
    List<AuthResult> out = new ArrayList<>();
    for (AuthResult r : results) {
      if (r.trusted() && r.method().equals(method)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The header value, bounded, on one line; comments stay until each statement is read (they may hold p=). */
  private static String strip(String h) {
    String v = h.length() > MAX_HEADER ? h.substring(0, MAX_HEADER) : h;
    return v.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').strip();
  }

  /**
   * Key=value pairs inside a statement's comments, such as Gmail's {@code (p=REJECT sp=REJECT dis=NONE)}, kept
   * lower-cased under their own names unless the statement itself has that property.
   */
  private static void commentProperties(String statement, Map<String, String> props) {
    int open = statement.indexOf('(');
    while (open >= 0) {
      int close = statement.indexOf(')', open);
      if (close < 0) {
        return;
      }
      for (String w : splitOutsideQuotes(statement.substring(open + 1, close), ' ')) {
        int eq = w.indexOf('=');
        if (eq > 0) {
          props.putIfAbsent(w.substring(0, eq).toLowerCase(Locale.ROOT),
              unquote(w.substring(eq + 1)).toLowerCase(Locale.ROOT));
        }
      }
      open = statement.indexOf('(', close);
    }
  }

  /**
   * The authserv-id: the first word before the first ';'. Exchange Online writes its results without one
   * ("spf=pass (...) smtp.mailfrom=...; dkim=..."); such headers have the id "" ({@link #MISSING_ID}).
   */
  private static String authservId(List<String> parts) {
    String head = parts.isEmpty() ? "" : removeComments(parts.get(0)).strip();
    int space = head.indexOf(' ');
    String id = (space < 0 ? head : head.substring(0, space)).toLowerCase(Locale.ROOT);
    return id.contains("=") ? MISSING_ID : id;
  }

  private static void parseOne(String value, Set<String> trusted, boolean arc, List<AuthResult> out) {
    List<String> parts = splitOutsideQuotes(value, ';');
    String id = authservId(parts);
    boolean isTrusted = trusted.contains(id);
    int first = id.equals(MISSING_ID) ? 0 : Math.min(1, parts.size());
    for (String rawStatement : parts.subList(first, parts.size())) {
      String statement = removeComments(rawStatement);
      List<String> words = splitOutsideQuotes(statement.strip(), ' ');
      if (words.isEmpty() || !words.get(0).contains("=")) {
        continue;
      }
      String[] mr = words.get(0).split("=", 2);
      String method = mr[0].strip().toLowerCase(Locale.ROOT);
      int slash = method.indexOf('/');
      if (slash > 0) {
        method = method.substring(0, slash); // method version, e.g. "dkim/1"
      }
      String result = unquote(mr[1]).toLowerCase(Locale.ROOT);
      String reason = "";
      Map<String, String> props = new LinkedHashMap<>();
      for (int k = 1; k < words.size(); k++) {
        String w = words.get(k);
        int eq = w.indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String key = w.substring(0, eq).toLowerCase(Locale.ROOT);
        String val = unquote(w.substring(eq + 1));
        if (key.equals("reason")) {
          reason = val;
        } else {
          props.putIfAbsent(key, key.startsWith("header.") || key.startsWith("smtp.") ? val.toLowerCase(Locale.ROOT)
              : val);
        }
      }
      commentProperties(rawStatement, props);
      out.add(new AuthResult(id, isTrusted, method, result, reason, Map.copyOf(props), arc));
    }
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private static String removeComments(String s) {
    if (s.indexOf('(') < 0) {
      return s; // nothing to remove (a ')' outside comments is kept)
    }
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && depth == 0) {
        quoted = !quoted;
      }
      if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits at {@code sep} outside quoted strings and comments; empty parts are dropped. */
  static List<String> splitOutsideQuotes(String s, char sep) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && depth == 0) {
        quoted = !quoted;
      } else if (c == '(' && !quoted) {
        depth++;
      } else if (c == ')' && !quoted && depth > 0) {
        depth--;
      }
      if (c == sep && !quoted && depth == 0) {
        addPart(s, start, i, parts);
        start = i + 1;
      }
    }
    addPart(s, start, s.length(), parts);
    return parts;
  }

  /** Adds {@code s.substring(start, end)} stripped, unless it is blank (then no copy is made). */
  private static void addPart(String s, int start, int end, List<String> parts) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      parts.add(s.substring(start, end));
    }
  }
}
