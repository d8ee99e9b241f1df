package org.sextortionshield.core.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;

/** Header parameters ({@code filename}, {@code name}) including RFC 2231 continuations and charsets, and RFC 2047. */
final class MimeParams {
  private MimeParams() {}

  /** The main value of a structured header ("attachment", "text/plain"), lower-cased. */
  static String value(String headerValue) {
    if (headerValue == null || headerValue.isBlank()) {
      return "";
    }
    RawBody body = RawFieldParser.DEFAULT.parseRawBody(field(headerValue));
    return body.getValue() == null ? "" : body.getValue().strip().toLowerCase(Locale.ROOT);
  }

  /** Parameter {@code name} of a structured header, decoded; null when absent. */
  static String parameter(String headerValue, String name) {
    // a parameter's name only matches when written in ASCII letters: most headers hold no such one to parse for
    return headerValue == null || !containsAsciiIgnoreCase(headerValue, name.toLowerCase(Locale.ROOT)) ? null
        : parsedParameter(headerValue, name);
  }

  /** {@link #parameter} by parsing the header in every case. */
  static String parsedParameter(String headerValue, String name) {
    if (headerValue == null || headerValue.isBlank()) {
      return null;
    }
    List<NameValuePair> params = RawFieldParser.DEFAULT.parseRawBody(field(headerValue)).getParams();
    String plain = null;
    String extended = null;
    TreeMap<Integer, String[]> sections = new TreeMap<>();
    String lower = name.toLowerCase(Locale.ROOT);
    for (NameValuePair p : params) {
      String n = p.getName() == null ? "" : p.getName().toLowerCase(Locale.ROOT);
      String v = p.getValue() == null ? "" : p.getValue();
      if (n.equals(lower)) {
        plain = v;
      } else if (n.equals(lower + "*")) {
        extended = v;
      } else if (n.startsWith(lower + "*")) {
        String rest = n.substring(lower.length() + 1);
        boolean encoded = rest.endsWith("*");
        String digits = encoded ? rest.substring(0, rest.length() - 1) : rest;
        try {
          sections.put(Integer.parseInt(digits), new String[] {v, encoded ? "1" : "0"});
        } catch (NumberFormatException ignored) {
          // not a continuation section
        }
      }
    }
    if (extended != null) {
      return rfc2231(extended, true, StandardCharsets.UTF_8, true);
    }
    if (!sections.isEmpty() && sections.size() <= 100) {
      Charset charset = StandardCharsets.UTF_8;
      StringBuilder out = new StringBuilder();
      boolean first = true;
      for (String[] section : sections.values()) {
        boolean encoded = section[1].equals("1");
        if (first && encoded) {
          charset = charsetPrefix(section[0]);
        }
        out.append(encoded ? rfc2231(section[0], first, charset, false) : section[0]);
        first = false;
      }
      return out.toString();
    }
    return plain == null ? null : DecoderUtil.decodeEncodedWords(plain, DecodeMonitor.SILENT);
  }

  /** Whether {@code s} holds {@code lower} (ASCII lower case) in either case. */
  static boolean containsAsciiIgnoreCase(String s, String lower) {
    int last = s.length() - lower.length();
    for (int i = 0; i <= last; i++) {
      int k = 0;
      while (k < lower.length() && (s.charAt(i + k) | 0x20) == lower.charAt(k)) {
        k++;
      }
      if (k == lower.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value as a mime4j field. mime4j refuses a value with a CR that does not start a folding CR LF and white space
   * (header injection), and reads past the end of one ending in CR; a header can hold either, so those values have
   * their CRs and LFs read as spaces, which is how the parameter parser reads folding anyway.
   */
  static RawField field(String headerValue) {
    return new RawField("X", foldsCleanly(headerValue) ? headerValue
        : headerValue.replace('\r', ' ').replace('\n', ' '));
  }

  /** Whether every CR is followed by LF and then by the end, a space or a tab (what mime4j accepts). */
  private static boolean foldsCleanly(String v) {
    int n = v.length();
    for (int i = v.indexOf('\r'); i >= 0; i = v.indexOf('\r', i + 1)) {
      if (i + 1 >= n || v.charAt(i + 1) != '\n') {
        return false;
      }
      if (i + 2 < n && v.charAt(i + 2) != ' ' && v.charAt(i + 2) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static Charset charsetPrefix(String v) {
    int q = v.indexOf('\'');
    if (q <= 0) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(v.substring(0, q));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Decodes {@code charset'lang'percent%20encoded}; the prefix only on the first section. */
  private static String rfc2231(String v, boolean hasPrefix, Charset fallback, boolean ownPrefix) {
    Charset charset = fallback;
    String data = v;
    if (hasPrefix) {
      int q1 = v.indexOf('\'');
      int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
      if (q2 > 0) {
        if (ownPrefix) {
          charset = charsetPrefix(v);
        }
        data = v.substring(q2 + 1);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length());
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == '%' && i + 2 < data.length()) {
        int hi = Character.digit(data.charAt(i + 1), 16);
        int lo = Character.digit(data.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          bytes.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      bytes.write(c < 0x100 ? c : '?');
    }
    return new String(bytes.toByteArray(), charset);
  }
}
