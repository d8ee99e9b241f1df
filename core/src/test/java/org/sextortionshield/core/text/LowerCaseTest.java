package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LowerCaseTest {

  @Test
  void everyCharStaysWhereItWas() {
    String s = "İSTANBUL İzmir: see HTTPS://Pay.Example/X — ΣΟΦΙΑ 😀 ǅ";
    String lower = LowerCase.of(s);
    assertThat(lower).hasSameSizeAs(s);
    assertThat(s.toLowerCase(Locale.ROOT)).hasSizeGreaterThan(s.length()); // why this class exists
    assertThat(lower.indexOf("https://pay.example/x")).isEqualTo(s.indexOf("HTTPS://Pay.Example/X"));
    assertThat(lower).startsWith("istanbul izmir");
  }

  @Test
  void theSameAsToLowerCaseWhereThatKeepsTheLength() {
    for (String s : new String[] {"Plain ASCII Text, 123 & More", "Grüße aus MÜNCHEN, Ça va ÉTÉ", "ПРИВЕТ Мир",
        "", "already lower"}) {
      assertThat(LowerCase.of(s)).isEqualTo(s.toLowerCase(Locale.ROOT));
    }
  }

  /** The fast path's premise: no character's lower case is shorter, and only U+0130's is longer. */
  @Test
  void onlyTheDottedCapitalIGrowsAndNothingShrinks() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      int grows = s.toLowerCase(Locale.ROOT).length() - s.length();
      assertThat(grows).as("U+%04X", cp).isEqualTo(cp == 0x130 ? 1 : 0);
    }
  }
}
