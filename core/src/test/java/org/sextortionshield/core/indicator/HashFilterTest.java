package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/** Every key may be contained; most other words are told apart; a token is judged as its word is. */
class HashFilterTest {
  @Test
  void keysPassOthersMostlyNot() {
    Random random = new Random(41);
    Set<String> keys = new HashSet<>();
    while (keys.size() < 60) {
      keys.add(Long.toString(random.nextLong() & 0xffffffffL, 36));
    }
    HashFilter filter = HashFilter.of(keys);
    assertThat(keys).allMatch(filter::mayContain);
    int passed = 0;
    for (int n = 0; n < 100_000; n++) {
      String word = Long.toString(random.nextLong() & 0xffffffffffL, 36);
      passed += !keys.contains(word) && filter.mayContain(word) ? 1 : 0;
    }
    assertThat(passed).as("other words let through").isLessThan(5_000);
  }

  @Test
  void tokensAreJudgedAsTheirWords() {
    List<String> keys = List.of("within", "in", "by", "tomorrow", "heures", "tage", "\u00e9t\u00e9", "24h", "a", "x",
        "whatsapp", "\u0436\u0434\u0443", "bitcoin", "zz9");
    String[] pieces = {"within", "In", "BY", "tomorrow", "Heures", "tage", "\u00c9T\u00c9", "24h", "a", "x", "b i t c o i n",
        "w h a t", "zz9", "zz8", "inn", "b", "word", "\u0436\u0434\u0443", "\u0436\u0434", "9", "48", " ", ", ", ". ", "-",
        "\n\n", "\u200b", "\uff37ithin", "caf\u00e9", "i", "n", "y"};
    HashFilter filter = HashFilter.of(keys);
    Random random = new Random(42);
    int keyTokens = 0;
    int told = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      Tokens tokens = Tokens.of(TextNormalizer.forMatching(b.toString()));
      String text = tokens.text().text();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.word(i);
        boolean expected = filter.mayContain(word);
        assertThat(filter.mayContain(tokens, text, i)).as("%s in %s", word, b).isEqualTo(expected);
        keyTokens += keys.contains(word) ? 1 : 0;
        told += expected ? 0 : 1;
        assertThat(expected || !keys.contains(word)).isTrue();
      }
      int[] candidates = filter.candidates(tokens);
      assertThat(candidates).containsExactly(java.util.stream.IntStream.range(0, tokens.size())
          .filter(i -> filter.mayContain(tokens.word(i))).toArray());
      assertThat(filter.candidates(tokens)).isSameAs(candidates);
    }
    assertThat(keyTokens).isGreaterThan(20_000);
    assertThat(told).as("tokens told from the keys").isGreaterThan(20_000);
  }

  @Test
  void aUnionPassesTheKeysOfBoth() {
    HashFilter a = HashFilter.of(List.of("within", "by", "x"));
    HashFilter b = HashFilter.of(List.of("whatsapp", "skype", "by"));
    HashFilter union = HashFilter.union(a, b);
    assertThat(List.of("within", "by", "x", "whatsapp", "skype")).allMatch(union::mayContain);
    assertThat(union.mayContain("telegram")).isFalse();
    Tokens tokens = Tokens.of(TextNormalizer.forMatching("by skype within x"));
    assertThat(union.candidates(tokens)).containsExactly(0, 1, 2, 3);
    assertThat(a.candidates(tokens)).containsExactly(0, 2, 3);
  }
}
