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
      "c", "1", "[at]", "(dot)", "{.}", "hxxp", "h**p", "HXXP", "[@]", "(.)", "[", "(", "{", "h", "x", "at", "]", ")"};

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
    for (int n = 0; n < 20_000; n++) {
      String lower = LowerCase.of(random(random, random.nextInt(8)));
      boolean expected = forms.stream().anyMatch(lower::contains);
      assertThat(cues.hasDefanged(lower)).as(lower).isEqualTo(expected);
      defanged += expected ? 1 : 0;
    }
    assertThat(defanged).isGreaterThan(2_000);
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
