package org.sextortionshield.core.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Authentication-Results statements are cut without a builder: held equal to the former char-by-char copy. */
class SplitOutsideQuotesTest {
  private static final String[] PIECES = {";", " ", "\"", "(", ")", "\t", "\u2003", "\u00a0", "mx.example.org",
      "dkim=pass", "header.d=x.example", "p=REJECT", "\"a;b\"", "(c;d)", "é", "\uD83D\uDE00", "", "=", "reason="};

  @Test
  void splitsAsTheCopyingDefinition() {
    Random random = new Random(9);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < random.nextInt(16); k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      for (char sep : new char[] {';', ' '}) {
        assertThat(AuthenticationResults.splitOutsideQuotes(s, sep)).as(s).isEqualTo(reference(s, sep));
      }
    }
  }

  private static List<String> reference(String s, char sep) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && depth == 0) {
        quoted = !quoted;
      } else if (c == '(' && !quoted) {
        depth++;
      } else if (c == ')' && !quoted && depth > 0) {
        depth--;
      }
      if (c == sep && !quoted && depth == 0) {
        if (!cur.toString().isBlank()) {
          parts.add(cur.toString().strip());
        }
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (!cur.toString().isBlank()) {
      parts.add(cur.toString().strip());
    }
    return parts;
  }
}
