package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void theSameCharactersGiveTheSameString() {
    WordTable table = new WordTable();
    String s = "pay now pay later";
    String first = table.word(s, 0, 3);
    String second = table.word(s, 8, 11);
    assertThat(first).isEqualTo("pay");
    assertThat(second).isSameAs(first);
    assertThat(table.word(s, 4, 7)).isEqualTo("now").isNotSameAs(first);
  }

  @Test
  void wordsWithTheSameHashStayApart() {
    WordTable table = new WordTable();
    String s = "Aa BB"; // "Aa".hashCode() == "BB".hashCode()
    assertThat(table.word(s, 0, 2)).isEqualTo("Aa");
    assertThat(table.word(s, 3, 5)).isEqualTo("BB");
    assertThat(table.word(s, 0, 2)).isSameAs(table.word(s, 0, 2));
  }

  @Test
  void pastItsBoundNewWordsAreStillRightButNotShared() {
    WordTable table = new WordTable();
    for (int i = 0; i < WordTable.MAX_WORDS; i++) {
      String w = "w" + i;
      assertThat(table.word(w, 0, w.length())).isEqualTo(w);
    }
    String late = "late word";
    String a = table.word(late, 0, 4);
    assertThat(a).isEqualTo("late");
    assertThat(table.word(late, 0, 4)).isEqualTo("late").isNotSameAs(a);
    String early = "w7";
    assertThat(table.word(early, 0, 2)).isSameAs(table.word(early, 0, 2)); // the first ones stay shared
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
