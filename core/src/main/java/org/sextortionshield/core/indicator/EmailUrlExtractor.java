package org.sextortionshield.core.indicator;

import java.util.Locale;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.contact.ContactCues;
import org.sextortionshield.core.mail.TextPart;
import org.sextortionshield.core.text.LowerCase;

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
      String lower = segment.lowerCaseOriginal(); // made once per segment, shared with other stages
      if (cues.hasDefanged(lower)) {
        s = cues.refang(s); // "evil[.]example", "name [at] mail [dot] com", "hxxps://..."
        lower = LowerCase.of(s);
      }
      emails(s, out);
      urls(s, lower, out);
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

  /** @param lower {@code LowerCase.of(s)}: its offsets are the same in {@code s} */
  static void urls(String s, String lower, Indicators.Builder out) {
    int i = 0;
    int http = lower.indexOf("http");
    int www = lower.indexOf("www.");
    while (i < lower.length()) {
      // each search moves on only when passed: searching afresh every time is quadratic in texts full of "http"
      if (http >= 0 && http < i) {
        http = lower.indexOf("http", i);
      }
      if (www >= 0 && www < i) {
        www = lower.indexOf("www.", i);
      }
      int start = http < 0 ? www : www < 0 ? http : Math.min(http, www);
      if (start < 0) {
        return;
      }
      boolean isHttp = lower.startsWith("http://", start) || lower.startsWith("https://", start);
      boolean isWww = lower.startsWith("www.", start)
          && (start == 0 || !Character.isLetterOrDigit(lower.charAt(start - 1)));
      if (!isHttp && !isWww) {
        i = start + 4;
        continue;
      }
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
    }
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
