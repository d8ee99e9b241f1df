package org.sextortionshield.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconWordsTest {
  private final LexiconWords words = new LexiconWords(
      Map.of("record", 1, "rec", 2, "video", 3, "přítel", 4),
      Map.of("rec", 10, "record", 11, "vid", 12, "pří", 13),
      Set.of("two", "zwei"));

  private List<Integer> atoms(String word, boolean[] number) {
    List<Integer> out = new ArrayList<>();
    number[0] = words.lookUp(word, out::add);
    return out;
  }

  @Test
  void prefixesShortestFirstThenTheWordItself() {
    boolean[] number = new boolean[1];
    assertThat(atoms("recorded", number)).containsExactly(10, 11);
    assertThat(atoms("record", number)).containsExactly(10, 11, 1); // a prefix equal to the word, then the word
    assertThat(atoms("rec", number)).containsExactly(10, 2);
    assertThat(atoms("videos", number)).containsExactly(12);
    assertThat(atoms("přítelkyně", number)).containsExactly(13);
    assertThat(atoms("přítel", number)).containsExactly(13, 4);
    assertThat(number[0]).isFalse();
  }

  @Test
  void otherWordsHaveNoAtoms() {
    boolean[] number = new boolean[1];
    assertThat(atoms("", number)).isEmpty();
    assertThat(atoms("re", number)).isEmpty();
    assertThat(atoms("the", number)).isEmpty();
    assertThat(atoms("recordrecordrecordrecordrecord", number)).containsExactly(10, 11); // longer than any key
    assertThat(atoms("Record", number)).isEmpty(); // text is case-folded before it gets here
  }

  @Test
  void numberWords() {
    boolean[] number = new boolean[1];
    assertThat(atoms("two", number)).isEmpty();
    assertThat(number[0]).isTrue();
    atoms("twos", number);
    assertThat(number[0]).isFalse();
    atoms("zwei", number);
    assertThat(number[0]).isTrue();
  }
}
