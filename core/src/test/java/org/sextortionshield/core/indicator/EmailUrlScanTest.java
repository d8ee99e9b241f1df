package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.indicator.contact.ContactCues;
import org.sextortionshield.core.text.LowerCase;

/**
 * The e-mail and defanging scans, read in place, find what the plain definitions find: an address is the local part
 * and domain around an '@' whose domain's last dot has a letters-only top-level domain of two or more; a text is
 * defanged when it holds any defanged form.
 */
class EmailUrlScanTest {
  private static final String[] PIECES = {"@", ".", "-", "_", "name", "Mail", "x9", "+", " ", "\u00e9", "com", "de",
      "c", "1", "[at]", "(dot)", "{.}", "hxxp", "h**p", "HXXP", "[@]", "(.)", "[", "(", "{", "h", "x", "at", "]", ")",
      "\u0130", "\u212a", "\u03a3", "\u017f", "X", "*", "H", "[AT]", "(DoT)", "hXxP"};
  /** Pieces of links: schemes in any case, near misses, the chars that end a link, case traps ("İ", Kelvin sign). */
  private static final String[] LINK_PIECES = {"http", "HTTP", "hTtP", "https", "HTTPS", "://", ":/", "//", "s://",
      "www.", "WWW.", "wWw.", "ww", "w", ".", "a", "Z9", "x.org", "/p?q=1", " ", "\n", ")", "\"", "<", ",", "h", "t",
      "p", "s", ":", "\u0130", "\u212a", "\u03a3", "\u00e9", "\ud801\udc00", "\u2160", "1", "_", "é.", "-"};

  @Test
  void addressesAreWhatTheDefinitionSays() {
    Random random = new Random(51);
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      String s = random(random, random.nextInt(4)) + random(random, 1 + random.nextInt(3)) + "@"
          + random(random, 1 + random.nextInt(4)) + (random.nextBoolean() ? ".com" : ".c")
          + random(random, random.nextInt(4));
      Indicators.Builder b = new Indicators.Builder();
      EmailUrlExtractor.emails(s, b);
      List<String> expected = reference(s);
      assertThat(b.build().emails()).as(s).containsExactlyElementsOf(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1_000);
  }

  @Test
  void defangedWhenAnyFormStands() {
    Random random = new Random(52);
    ContactCues cues = ContactCues.defaults();
    List<String> forms = List.of("[at]", "(at)", "{at}", "[@]", "(@)", "[dot]", "(dot)", "{dot}", "[.]", "(.)",
        "hxxp", "h**p");
    int defanged = 0;
    for (int n = 0; n < 40_000; n++) {
      String s = random(random, random.nextInt(8));
      String lower = LowerCase.of(s);
      boolean expected = forms.stream().anyMatch(lower::contains);
      assertThat(cues.hasDefanged(s)).as(s).isEqualTo(expected);
      defanged += expected ? 1 : 0;
    }
    assertThat(defanged).isGreaterThan(4_000);
  }

  /** The links read in place are those the scan of the lower-cased copy found (the definition it replaced). */
  @Test
  void linksReadInPlaceAreThoseOfTheLowerCasedText() {
    Random random = new Random(53);
    int found = 0;
    for (int n = 0; n < 60_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        b.append(LINK_PIECES[random.nextInt(LINK_PIECES.length)]);
      }
      String s = b.toString();
      Indicators.Builder inPlace = new Indicators.Builder();
      EmailUrlExtractor.urls(s, inPlace);
      Indicators.Builder copied = new Indicators.Builder();
      urlsOfLowerCase(s, LowerCase.of(s), copied);
      List<String> expected = copied.build().urls();
      assertThat(inPlace.build().urls()).as(s).containsExactlyElementsOf(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(5_000);
  }

  /** The previous definition: searches of {@code lower = LowerCase.of(s)} for "http" and "www.". */
  private static void urlsOfLowerCase(String s, String lower, Indicators.Builder out) {
    int i = 0;
    int http = lower.indexOf("http");
    int www = lower.indexOf("www.");
    while (i < lower.length()) {
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
      while (end < s.length() && end - start < 2048 && s.charAt(end) > 32 && "<>\"`\u007f".indexOf(s.charAt(end)) < 0
          && !Character.isWhitespace(s.charAt(end))) {
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

  /** The definition, piece by piece: every '@', the characters around it, the domain's last dot and what follows. */
  private static List<String> reference(String s) {
    List<String> out = new ArrayList<>();
    for (int at = 0; at < s.length(); at++) {
      if (s.charAt(at) != '@') {
        continue;
      }
      int start = at;
      while (start > 0 && at - start < 64 && local(s.charAt(start - 1))) {
        start--;
      }
      int end = at + 1;
      while (end < s.length() && end - at < 253 && domain(s.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--;
      }
      while (start < at && s.charAt(start) == '.') {
        start++;
      }
      String name = s.substring(at + 1, end);
      String tld = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      if (start < at && name.lastIndexOf('.') > 0 && tld.length() >= 2 && tld.chars().allMatch(Character::isLetter)
          && !out.contains(s.substring(start, end).toLowerCase(Locale.ROOT))) {
        out.add(s.substring(start, end).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean local(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "._%+-!#$&'*/=?^`{|}~".indexOf(c) >= 0);
  }

  private static boolean domain(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
  }

  private static String random(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < length; k++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }
}
