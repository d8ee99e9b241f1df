package org.sextortionshield.core.indicator;

import java.util.Locale;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.contact.ContactCues;
import org.sextortionshield.core.mail.TextPart;

/**
 * E-mail addresses and URLs written in the text (defanged ones too: "name [at] mail [dot] com", "hxxps://x[.]y"),
 * plus the link targets of HTML parts. Linear scans, bounded.
 */
public final class EmailUrlExtractor implements IndicatorExtractor {
  private static final int MAX_URL = 2048;
  private final ContactCues cues = ContactCues.defaults();

  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    for (TextSegment segment : content.visibleSegments()) {
      String s = segment.original();
      if (cues.hasDefanged(s)) {
        s = cues.refang(s); // "evil[.]example", "name [at] mail [dot] com", "hxxps://..."
      }
      emails(s, out);
      urls(s, out);
    }
    for (TextPart part : content.message().textParts()) {
      for (String link : part.links()) {
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
          out.url(clip(link));
        } else if (lower.startsWith("mailto:")) {
          String addr = link.substring(7);
          int q = addr.indexOf('?');
          addr = (q >= 0 ? addr.substring(0, q) : addr).strip().toLowerCase(Locale.ROOT);
          if (addr.indexOf('@') > 0) {
            out.email(addr);
          }
        }
      }
    }
  }

  static void emails(String s, Indicators.Builder out) {
    int at = s.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > 0 && at - start < 64 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      int end = at + 1;
      while (end < s.length() && end - at < 253 && isDomainChar(s.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--;
      }
      while (start < at && s.charAt(start) == '.') {
        start++;
      }
      int dot = end - 1; // the domain's last dot, read in place (searched no further back than the '@')
      while (dot > at && s.charAt(dot) != '.') {
        dot--;
      }
      if (start < at && dot > at + 1 && end - dot > 2 && isAlphaTld(s, dot + 1, end)) {
        out.email(s.substring(start, end).toLowerCase(Locale.ROOT));
      }
      at = s.indexOf('@', at + 1);
    }
  }

  /**
   * The links starting "http://", "https://" or "www." (after no letter or digit), in any case, in text order; one
   * found reaches up to the first char that cannot stand in a link, and the search goes on after it. Read in place
   * ({@link LowerAt}): a link is found from its "://" or its "w." (either case), which searches skip to.
   */
  static void urls(String s, Indicators.Builder out) {
    int i = 0;
    int http = httpAt(s, 0);
    int www = wwwAt(s, 0);
    while (http >= 0 || www >= 0) {
      boolean isHttp = www < 0 || http >= 0 && http < www;
      int start = isHttp ? http : www;
      int end = start;
      while (end < s.length() && end - start < MAX_URL && isUrlChar(s.charAt(end))) {
        end++;
      }
      while (end > start && ".,;:!?)]}'\"".indexOf(s.charAt(end - 1)) >= 0) {
        end--;
      }
      String url = s.substring(start, end);
      if (url.length() > (isHttp ? 10 : 6)) {
        out.url(url);
      }
      i = Math.max(end, start + 4);
      // each search moves on only when passed: searching afresh every time is quadratic in texts full of links
      if (http >= 0 && http < i) {
        http = httpAt(s, i);
      }
      if (www >= 0 && www < i) {
        www = wwwAt(s, i);
      }
    }
  }

  /** The first "http://" or "https://", in any case, at or after {@code from}; -1 if none. */
  private static int httpAt(String s, int from) {
    for (int k = s.indexOf("://", from + 4); k >= 0; k = s.indexOf("://", k + 1)) {
      if (k - 5 >= from && LowerAt.of(s.charAt(k - 1)) == 's' && LowerAt.startsWith(s, k - 5, "http")) {
        return k - 5;
      }
      if (k - 4 >= from && LowerAt.startsWith(s, k - 4, "http")) {
        return k - 4;
      }
    }
    return -1;
  }

  /**
   * The first "www.", in any case and after no letter or digit, at or after {@code from}; -1 if none. Found from its
   * last "w" and the dot ("w." or "W."), far rarer in text than dots alone.
   */
  private static int wwwAt(String s, int from) {
    int lower = s.indexOf("w.", from + 2);
    int upper = s.indexOf("W.", from + 2);
    while (lower >= 0 || upper >= 0) {
      int k;
      if (upper < 0 || lower >= 0 && lower < upper) {
        k = lower;
        lower = s.indexOf("w.", k + 1);
      } else {
        k = upper;
        upper = s.indexOf("W.", k + 1);
      }
      int w = k - 2;
      if (w >= from && LowerAt.startsWith(s, w, "www")
          && (w == 0 || !Character.isLetterOrDigit(LowerAt.of(s.charAt(w - 1))))) {
        return w;
      }
    }
    return -1;
  }

  /** Per ASCII character: may stand in an address's local part, in its domain. */
  private static final boolean[] LOCAL = new boolean[128];
  private static final boolean[] DOMAIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      LOCAL[c] = Character.isLetterOrDigit(c) || "._%+-!#$&'*/=?^`{|}~".indexOf(c) >= 0;
      DOMAIN[c] = Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
  }

  private static boolean isLocalChar(char c) {
    return c < 128 && LOCAL[c];
  }

  private static boolean isDomainChar(char c) {
    return c < 128 && DOMAIN[c];
  }

  private static boolean isAlphaTld(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUrlChar(char c) {
    return c > 32 && c != '<' && c != '>' && c != '"' && c != '`' && c != 127 && !Character.isWhitespace(c);
  }

  private static String clip(String s) {
    return s.length() > MAX_URL ? s.substring(0, MAX_URL) : s;
  }
}
