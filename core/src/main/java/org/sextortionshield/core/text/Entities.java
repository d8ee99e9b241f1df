package org.sextortionshield.core.text;

import java.util.Map;

/** Decodes one HTML character reference at a position: numeric ({@code &#537;}, {@code &#x219;}) or a common name. */
final class Entities {
  private static final int MAX_LENGTH = 12;
  private static final Map<String, Integer> NAMED = Map.ofEntries(
      Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
      Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xa0),
      Map.entry("shy", 0xad), Map.entry("zwnj", 0x200c), Map.entry("zwj", 0x200d), Map.entry("lrm", 0x200e),
      Map.entry("rlm", 0x200f), Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014),
      Map.entry("hellip", 0x2026), Map.entry("euro", 0x20ac), Map.entry("pound", 0xa3));

  private Entities() {}

  /**
   * The reference at {@code at} (which holds '&'), packed as {@code codePoint << 32 | length}; -1 when there is none.
   * Invalid code points (surrogates, beyond U+10FFFF, NUL) are not references.
   */
  static long decode(String s, int at) {
    int n = s.length();
    if (at + 3 >= n) {
      return -1;
    }
    int semi = -1;
    for (int k = at + 1; k < n && k - at <= MAX_LENGTH; k++) {
      if (s.charAt(k) == ';') {
        semi = k;
        break;
      }
    }
    if (semi < 0) {
      return -1;
    }
    int cp;
    if (s.charAt(at + 1) == '#') {
      boolean hex = s.charAt(at + 2) == 'x' || s.charAt(at + 2) == 'X';
      int from = at + (hex ? 3 : 2);
      if (from >= semi) {
        return -1;
      }
      cp = 0;
      for (int k = from; k < semi; k++) {
        int d = Character.digit(s.charAt(k), hex ? 16 : 10);
        if (d < 0 || cp > 0x10ffff) {
          return -1;
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
      if (cp == 0 || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
        return -1;
      }
    } else {
      Integer named = NAMED.get(s.substring(at + 1, semi));
      if (named == null) {
        return -1;
      }
      cp = named;
    }
    return (long) cp << 32 | (semi + 1 - at);
  }
}
