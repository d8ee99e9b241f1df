package org.sextortionshield.core.indicator.wallet;

import java.util.Locale;
import java.util.Set;

/**
 * Payment URIs around an address: BIP-21 {@code bitcoin:ADDR?amount=0.05&label=…} and its relatives
 * ({@code litecoin:}, {@code bitcoincash:}, {@code dogecoin:}, {@code monero:}), and EIP-681
 * {@code ethereum:[pay-]0x…[@chain][?value=…]}. Such URIs are what payment QR codes hold.
 */
public final class WalletUri {
  private static final Set<String> SCHEMES =
      Set.of("bitcoin", "litecoin", "bitcoincash", "dogecoin", "monero", "ethereum", "tron");
  private static final int MAX_URI = 512;

  /** A URI spanning [start, end) of the text, and the amount it asks for (null when none). */
  public record Uri(String scheme, int start, int end, String amount) {}

  private WalletUri() {}

  /** The URI around the address at [start, end) of {@code s}, or null when it stands alone. */
  public static Uri around(String s, int start, int end) {
    int colon = start - 1;
    if (colon >= 4 && s.startsWith("pay-", colon - 3) && s.charAt(colon - 4) == ':') {
      colon -= 4; // ethereum:pay-0x...
    }
    if (colon < 1 || s.charAt(colon) != ':') {
      return null;
    }
    int schemeStart = colon;
    while (schemeStart > 0 && Character.isLetter(s.charAt(schemeStart - 1)) && colon - schemeStart < 12) {
      schemeStart--;
    }
    String scheme = s.substring(schemeStart, colon).toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      return null;
    }
    int uriEnd = end;
    while (uriEnd < s.length() && uriEnd - schemeStart < MAX_URI && isUriChar(s.charAt(uriEnd))) {
      uriEnd++;
    }
    while (uriEnd > end && ".,;)".indexOf(s.charAt(uriEnd - 1)) >= 0) {
      uriEnd--;
    }
    return new Uri(scheme, schemeStart, uriEnd, amount(s.substring(end, uriEnd)));
  }

  /** The {@code amount=} (BIP-21) or {@code tx_amount=} (Monero) parameter as a plain decimal, or null. */
  static String amount(String query) {
    String lower = query.toLowerCase(Locale.ROOT);
    for (String key : new String[] {"?amount=", "&amount=", "?tx_amount=", "&tx_amount="}) {
      int at = lower.indexOf(key);
      if (at >= 0) {
        int from = at + key.length();
        int to = from;
        while (to < lower.length() && (Character.isDigit(lower.charAt(to)) || lower.charAt(to) == '.') && to - from < 24) {
          to++;
        }
        String v = lower.substring(from, to);
        return v.isEmpty() || v.equals(".") || v.indexOf('.') != v.lastIndexOf('.') ? null : v;
      }
    }
    return null;
  }

  private static boolean isUriChar(char c) {
    return c > ' ' && c < 127 && c != '<' && c != '>' && c != '"' && c != '\'';
  }
}
