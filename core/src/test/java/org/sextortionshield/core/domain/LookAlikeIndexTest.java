package org.sextortionshield.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index finds the same first imitated label as comparing a candidate with every label in order. */
class LookAlikeIndexTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789-";

  @Test
  void findsWhatAScanInOrderFinds() {
    SenderDomains domains = SenderDomains.defaults();
    List<LookAlike.Label> genuine = new ArrayList<>();
    for (Brand b : domains.brands()) {
      for (String d : b.domains()) {
        genuine.add(LookAlike.Label.of(domains.suffixes().label(d)));
      }
    }
    genuine.add(LookAlike.Label.of("paypal")); // a label twice, and labels of one skeleton: the first must win
    genuine.add(LookAlike.Label.of("paypa1"));
    LookAlikeIndex index = new LookAlikeIndex(genuine);
    Random random = new Random(11);
    int imitations = 0;
    for (int n = 0; n < 20_000; n++) {
      String g = genuine.get(random.nextInt(genuine.size())).text();
      String candidate = switch (random.nextInt(5)) {
        case 0 -> edit(g, random, 1 + random.nextInt(3));
        case 1 -> g.replace('o', '0').replace('l', '1').replace("m", "rn");
        case 2 -> random.nextBoolean() ? g + "-" + edit(g, random, 1) : "secure-" + g;
        case 3 -> g;
        default -> edit("abcdefghij".substring(0, 3 + random.nextInt(7)), random, 2);
      };
      LookAlike.Label c = LookAlike.Label.of(candidate);
      int expected = -1;
      for (int p = 0; p < genuine.size() && expected < 0; p++) {
        if (LookAlike.compare(c, genuine.get(p)) != LookAlike.Kind.NONE) {
          expected = p;
        }
      }
      assertThat(index.firstImitated(c)).as(candidate).isEqualTo(expected);
      imitations += expected >= 0 ? 1 : 0;
    }
    assertThat(imitations).as("candidates that imitate some label").isGreaterThan(5_000);
  }

  @Test
  void overLongAndEmptyLabelsImitateNothing() {
    LookAlikeIndex index = new LookAlikeIndex(List.of(LookAlike.Label.of("paypal")));
    assertThat(index.firstImitated(LookAlike.Label.of(""))).isEqualTo(-1);
    assertThat(index.firstImitated(LookAlike.Label.of("p".repeat(70)))).isEqualTo(-1);
    assertThat(index.firstImitated(LookAlike.Label.of("paypa1"))).isEqualTo(0);
  }

  /** {@code edits} random insertions, deletions, substitutions or swaps of neighbours. */
  private static String edit(String s, Random random, int edits) {
    StringBuilder b = new StringBuilder(s);
    for (int e = 0; e < edits && b.length() > 1; e++) {
      int at = random.nextInt(b.length());
      char c = LETTERS.charAt(random.nextInt(LETTERS.length() - 1));
      switch (random.nextInt(4)) {
        case 0 -> b.insert(at, c);
        case 1 -> b.deleteCharAt(at);
        case 2 -> b.setCharAt(at, c);
        default -> {
          if (at + 1 < b.length()) {
            char t = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, t);
          }
        }
      }
    }
    return b.toString();
  }
}
