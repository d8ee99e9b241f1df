package org.sextortionshield.core.header;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Finding and classifying IP literals in header text, without DNS lookups and without regular expressions. */
public final class IpAddresses {
  private IpAddresses() {}

  /** The first IPv4 or IPv6 literal in {@code s} (bracketed ones first), or "". CR, LF and TAB count as spaces. */
  public static String findIn(String s) {
    return findIn(s, 0, s.length());
  }

  /**
   * {@link #findIn(String)} of {@code s.substring(lo, hi)}, read in place: a Received header is scanned for the
   * sender IP on every message, and the copies of its clauses were most of that cost.
   */
  static String findIn(String s, int lo, int hi) {
    int open = s.indexOf('[', lo);
    while (open >= 0 && open < hi) {
      int close = s.indexOf(']', open);
      if (close < 0 || close >= hi) {
        break;
      }
      int start = open + 1;
      if (s.regionMatches(true, start, "IPv6:", 0, 5) && start + 5 <= close) {
        start += 5;
      }
      if (close - start >= 2 && close - start <= 45) { // shorter or longer is neither literal
        String inside = s.substring(start, close);
        if (isIpv4(inside) || isIpv6(inside)) {
          return inside.toLowerCase(java.util.Locale.ROOT);
        }
      }
      open = s.indexOf('[', close);
    }
    int i = lo;
    while (i < hi) {
      if (Character.isDigit(s.charAt(i)) && (i == lo || !Character.isLetterOrDigit(s.charAt(i - 1))
          && s.charAt(i - 1) != '.')) {
        int end = i;
        while (end < hi && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
          end++;
        }
        if (end - i >= 7 && end - i <= 15) {
          String candidate = s.substring(i, end);
          if (isIpv4(candidate)) {
            return candidate;
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return bareIpv6(s, lo, hi);
  }

  /** An IPv6 literal standing as a word of its own ("(2603:10b6:5:1b0::27)", as Exchange writes it), or "". */
  private static String bareIpv6(String s, int lo, int hi) {
    int i = lo;
    while (i < hi) {
      while (i < hi && isSeparator(s.charAt(i))) {
        i++;
      }
      int start = i;
      int colons = 0;
      while (i < hi && !isSeparator(s.charAt(i))) {
        colons += s.charAt(i) == ':' ? 1 : 0;
        i++;
      }
      if (colons >= 2 && i - start <= 45 && isIpv6(s.substring(start, i))) {
        return s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }

  private static boolean isSeparator(char c) {
    return ReceivedChain.isSpace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';';
  }

  public static boolean isIpv4(String s) {
    if (s.length() < 7 || s.length() > 15) {
      return false;
    }
    int parts = 0;
    int value = -1;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (digits == 0 || value > 255) {
          return false;
        }
        parts++;
        value = -1;
        digits = 0;
      } else if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (++digits > 3) {
          return false;
        }
      } else {
        return false;
      }
    }
    return parts == 4;
  }

  public static boolean isIpv6(String s) {
    return ipv6(s) != null;
  }

  /** The address of an IPv6 literal (IPv4-mapped ones come as IPv4), or null: parsed once, never resolved. */
  private static InetAddress ipv6(String s) {
    if (s.length() < 2 || s.length() > 45 || s.indexOf(':') < 0) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
        return null;
      }
    }
    try {
      return InetAddress.getByName(s); // a literal: parsed, never resolved
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** True unless the address is private, loopback, link-local, shared (CGNAT), documentation or otherwise reserved. */
  public static boolean isPublic(String ip) {
    if (isIpv4(ip)) {
      int a = octet(ip, 0);
      int b = octet(ip, 1);
      int c = octet(ip, 2);
      return !(a == 10 || a == 127 || a == 0 || a >= 224
          || a == 172 && b >= 16 && b <= 31
          || a == 192 && b == 168
          || a == 169 && b == 254
          || a == 100 && b >= 64 && b <= 127
          || a == 192 && b == 0 && (c == 0 || c == 2)
          || a == 198 && (b == 18 || b == 19)
          || a == 198 && b == 51 && c == 100
          || a == 203 && b == 0 && c == 113);
    }
    InetAddress addr = ipv6(ip);
    if (addr == null) {
      return false;
    }
    byte[] b = addr.getAddress();
    boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
    boolean documentation = b.length == 16 && (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01
        && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
    return !(addr.isLoopbackAddress() || addr.isLinkLocalAddress() || addr.isSiteLocalAddress()
        || addr.isAnyLocalAddress() || addr.isMulticastAddress() || uniqueLocal || documentation);
  }

  /** Octet {@code k} (0-3) of an address {@link #isIpv4} accepted, read in decimal as {@code Integer.parseInt}. */
  private static int octet(String ip, int k) {
    int i = 0;
    for (int dots = 0; dots < k; i++) {
      dots += ip.charAt(i) == '.' ? 1 : 0;
    }
    int v = 0;
    for (; i < ip.length() && ip.charAt(i) != '.'; i++) {
      v = v * 10 + ip.charAt(i) - '0';
    }
    return v;
  }
}
