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

  /** Every lexicon prefix the word starts with, shortest first, then the word itself: the definition. */
  private static List<Integer> defined(String word, Map<String, Integer> exact, Map<String, Integer> prefixes) {
    List<Integer> out = new ArrayList<>();
    for (int length = 1; length <= word.length(); length++) {
      Integer atom = prefixes.get(word.substring(0, length));
      if (atom != null) {
        out.add(atom);
      }
    }
    if (exact.containsKey(word)) {
      out.add(exact.get(word));
    }
    return out;
  }

  @Test
  void generatedWordsGetTheAtomsOfTheDefinition() {
    generatedWordsGetTheAtomsOfTheDefinition(3, 31);
  }

  /** With a prefix key shorter than three chars the filter of words' first chars is not used: still as defined. */
  @Test
  void generatedWordsWithShortPrefixKeysGetTheAtomsOfTheDefinition() {
    generatedWordsGetTheAtomsOfTheDefinition(1, 37);
  }

  private static void generatedWordsGetTheAtomsOfTheDefinition(int shortestPrefix, long seed) {
    java.util.Random random = new java.util.Random(seed);
    Map<String, Integer> exact = new java.util.HashMap<>();
    Map<String, Integer> prefixes = new java.util.HashMap<>();
    Set<String> numbers = new java.util.HashSet<>();
    List<String> keys = new ArrayList<>();
    String letters = "abcdeéžж";
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      String key = b.toString();
      keys.add(key);
      switch (random.nextInt(3)) {
        case 0 -> exact.putIfAbsent(key, exact.size() + prefixes.size());
        case 1 -> {
          if (key.length() >= shortestPrefix) {
            prefixes.putIfAbsent(key, exact.size() + prefixes.size());
          }
        }
        default -> numbers.add(key);
      }
    }
    LexiconWords table = new LexiconWords(exact, prefixes, numbers);
    for (int n = 0; n < 50_000; n++) {
      String key = keys.get(random.nextInt(keys.size()));
      String word = switch (random.nextInt(6)) {
        case 0 -> key;
        case 1 -> key + letters.charAt(random.nextInt(letters.length()));
        case 2 -> key.substring(0, random.nextInt(key.length() + 1));
        case 3 -> key + key + key;
        default -> randomWord(random, letters + "fgxyzß"); // mostly beginning no key
      };
      List<Integer> found = new ArrayList<>();
      boolean number = table.lookUp(word, found::add);
      assertThat(found).as(word).isEqualTo(defined(word, exact, prefixes));
      assertThat(number).as(word).isEqualTo(numbers.contains(word));
    }
  }

  private static String randomWord(java.util.Random random, String letters) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(12); k > 0; k--) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}
