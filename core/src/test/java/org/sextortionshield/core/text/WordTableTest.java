package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {
  /** Words written one after another into one array, as a text holds them; the table numbers spans of it. */
  private static final class Text {
    final char[] chars;
    final List<int[]> spans = new ArrayList<>();

    Text(List<String> words) {
      StringBuilder b = new StringBuilder();
      for (String w : words) {
        spans.add(new int[] {b.length(), b.length() + w.length()});
        b.append(w).append(' ');
      }
      chars = b.toString().toCharArray();
    }

    int id(WordTable table, int word) {
      int[] span = spans.get(word);
      return table.id(span[0], span[1]);
    }
  }

  private static Text text(String... words) {
    return new Text(List.of(words));
  }

  @Test
  void theSameCharactersGiveTheSameNumberAndString() {
    Text s = text("pay", "now", "pay", "later");
    WordTable table = WordTable.fresh(s.chars, 0);
    int first = s.id(table, 0);
    assertThat(table.word(first)).isEqualTo("pay");
    assertThat(s.id(table, 2)).isEqualTo(first);
    int now = s.id(table, 1);
    assertThat(now).isNotEqualTo(first);
    assertThat(table.word(now)).isEqualTo("now");
  }

  @Test
  void aPresizedAndAGrownTableNumberWordsAlikeAndAsAMapWould() {
    Random random = new Random(3);
    List<String> words = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      words.add(Integer.toString(random.nextInt(3000), 36));
    }
    Text s = new Text(words);
    WordTable grown = WordTable.fresh(s.chars, 0);
    WordTable presized = WordTable.fresh(s.chars, 5000);
    java.util.Map<String, Integer> reference = new java.util.HashMap<>();
    for (int n = 0; n < words.size(); n++) {
      String w = words.get(n);
      int id = grown.id(s.spans.get(n)[0], s.spans.get(n)[1]);
      assertThat(s.id(presized, n)).as(w).isEqualTo(id);
      assertThat(reference.computeIfAbsent(w, k -> reference.size())).isEqualTo(id);
      assertThat(presized.word(id)).isEqualTo(w);
    }
    assertThat(presized.size()).isEqualTo(grown.size()).isEqualTo(reference.size()).isGreaterThan(2000);
  }

  @Test
  void wordsWithTheSameHashStayApart() {
    Text s = text("ÄÄa", "ÄÅB", "ÄÄa"); // the same String.hashCode, and chars past U+007F: compared char by char
    WordTable table = WordTable.fresh(s.chars, 0);
    int aa = s.id(table, 0);
    int bb = s.id(table, 1);
    assertThat("ÄÄa".hashCode()).isEqualTo("ÄÅB".hashCode());
    assertThat(table.word(aa)).isEqualTo("ÄÄa");
    assertThat(table.word(bb)).isEqualTo("ÄÅB");
    assertThat(s.id(table, 2)).isEqualTo(aa);
  }

  @Test
  void distinctWordsAreNumberedInOrderAndTheNumberingStopsAtTheBound() {
    List<String> words = new ArrayList<>(List.of("pay", "now", "pay"));
    for (int i = 0; i < WordTable.MAX_WORDS; i++) {
      words.add("w" + i);
    }
    words.add("new");
    words.add("now");
    words.add("w7");
    Text s = new Text(words);
    WordTable table = WordTable.fresh(s.chars, 0);
    assertThat(s.id(table, 0)).isZero();
    assertThat(s.id(table, 1)).isEqualTo(1);
    assertThat(s.id(table, 2)).isZero();
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.word(1)).isEqualTo("now");
    for (int i = 3; table.size() < WordTable.MAX_WORDS; i++) {
      assertThat(table.word(s.id(table, i))).isEqualTo(words.get(i));
    }
    int late = words.size() - 3;
    assertThat(s.id(table, late)).isEqualTo(-1);
    assertThat(s.id(table, late)).isEqualTo(-1); // still not taken in
    assertThat(s.id(table, late + 1)).isEqualTo(1); // known words keep their number
    assertThat(s.id(table, late + 2)).isEqualTo(2 + 7);
  }

  @Test
  void pastTheBoundTokensAreStillRightButNotShared() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < WordTable.MAX_WORDS; i++) {
      text.append('w').append(i).append(' ');
    }
    Tokens t = Tokens.of(TextNormalizer.forMatching(text + "late late w7"));
    int late = WordTable.MAX_WORDS;
    assertThat(t.word(late)).isEqualTo("late").isEqualTo(t.word(late + 1)).isNotSameAs(t.word(late + 1));
    assertThat(t.wordId(late)).isEqualTo(-1);
    assertThat(t.word(late + 2)).isSameAs(t.word(7)); // the first ones stay shared
    assertThat(t.distinctWords()).isEqualTo(WordTable.MAX_WORDS);
  }

  @Test
  void aTextsRepeatedWordsShareOneString() {
    Tokens t = Tokens.of(TextNormalizer.forMatching("Pay 500 now. PAY 500 NOW."));
    assertThat(t.size()).isEqualTo(6);
    assertThat(t.word(3)).isSameAs(t.word(0));
    assertThat(t.word(4)).isSameAs(t.word(1));
  }

  @Test
  void tokensCarryTheirWordsNumbers() {
    Tokens t = Tokens.of(TextNormalizer.forMatching("Pay now. PAY later, pay b i t c o i n"));
    assertThat(t.wordId(0)).isEqualTo(t.wordId(2)).isEqualTo(t.wordId(4)).isNotNegative();
    assertThat(t.wordId(1)).isNotEqualTo(t.wordId(0)).isNotNegative();
    assertThat(t.word(5)).isEqualTo("bitcoin");
    assertThat(t.wordId(5)).isEqualTo(-1); // joined from spelled-out letters: no number
    assertThat(t.distinctWords()).isEqualTo(3);
  }
}
