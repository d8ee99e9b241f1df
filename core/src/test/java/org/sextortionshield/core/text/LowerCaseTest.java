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
    String lower = "nothing to change here";
    assertThat(LowerCase.of(lower)).isSameAs(lower);
  }
}
