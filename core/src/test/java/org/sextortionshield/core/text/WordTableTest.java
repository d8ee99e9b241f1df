package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void theSameCharactersGiveTheSameNumberAndString() {
    WordTable table = new WordTable();
    String s = "pay now pay later";
    int first = table.id(s, 0, 3);
    int second = table.id(s, 8, 11);
    assertThat(table.word(first)).isEqualTo("pay");
    assertThat(second).isEqualTo(first);
    int now = table.id(s, 4, 7);
    assertThat(now).isNotEqualTo(first);
    assertThat(table.word(now)).isEqualTo("now");
  }

  @Test
  void aPresizedTableAndAGivenHashNumberWordsAlike() {
    java.util.Random random = new java.util.Random(3);
    WordTable grown = new WordTable();
    WordTable presized = new WordTable(5000);
    for (int n = 0; n < 20_000; n++) {
      String w = Integer.toString(random.nextInt(3000), 36);
      int id = grown.id(w, 0, w.length());
      assertThat(presized.id(w, 0, w.length(), w.hashCode())).as(w).isEqualTo(id);
      assertThat(presized.word(id)).isEqualTo(w);
    }
    assertThat(presized.size()).isEqualTo(grown.size()).isGreaterThan(2000);
  }

  @Test
  void wordsWithTheSameHashStayApart() {
    WordTable table = new WordTable();
    String s = "Aa BB"; // "Aa".hashCode() == "BB".hashCode()
    int aa = table.id(s, 0, 2);
    int bb = table.id(s, 3, 5);
    assertThat(table.word(aa)).isEqualTo("Aa");
    assertThat(table.word(bb)).isEqualTo("BB");
    assertThat(table.id(s, 0, 2)).isEqualTo(aa);
  }

  @Test
  void pastItsBoundNewWordsGetNoNumber() {
    WordTable table = new WordTable();
    for (int i = 0; i < WordTable.MAX_WORDS; i++) {
      String w = "w" + i;
      assertThat(table.word(table.id(w, 0, w.length()))).isEqualTo(w);
    }
    String late = "late word";
    assertThat(table.id(late, 0, 4)).isEqualTo(-1);
    assertThat(table.id(late, 0, 4)).isEqualTo(-1); // still not taken in
    String early = "w7";
    assertThat(table.id(early, 0, 2)).isEqualTo(7); // the first ones keep theirs
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
  void distinctWordsAreNumberedInOrderAndTheNumberingStopsAtTheBound() {
    WordTable table = new WordTable();
    String s = "pay now pay";
    assertThat(table.id(s, 0, 3)).isZero();
    assertThat(table.id(s, 4, 7)).isEqualTo(1);
    assertThat(table.id(s, 8, 11)).isZero();
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.word(1)).isEqualTo("now");
    for (int i = 0; table.size() < WordTable.MAX_WORDS; i++) {
      String w = "w" + i;
      table.id(w, 0, w.length());
    }
    assertThat(table.id("new", 0, 3)).isEqualTo(-1);
    assertThat(table.id(s, 4, 7)).isEqualTo(1); // known words keep their number
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
