package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filtered lookup agrees with the set of names, for few names and for the many of a mail to a long Cc list. */
class RecipientNamesTest {
  @Test
  void findsExactlyTheNames() {
    Random random = new Random(3);
    for (int count : new int[] {1, 5, 300}) {
      Set<String> names = new HashSet<>();
      while (names.size() < count) {
        names.add(word(random));
      }
      RecipientNames lookup = RecipientNames.of(names);
      for (String name : names) {
        assertThat(contains(lookup, name)).as(name).isTrue();
      }
      for (int n = 0; n < 20_000; n++) {
        String other = word(random);
        assertThat(contains(lookup, other)).as(other).isEqualTo(names.contains(other));
      }
    }
  }

  private static boolean contains(RecipientNames lookup, String word) {
    char[] padded = ("  " + word + " ").toCharArray(); // the word sits inside a larger buffer, as in Terms
    return lookup.contains(FeatureHash.string(FeatureHash.WORD, word), padded, 2, word.length());
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 3 + random.nextInt(3); k++) {
      b.append((char) ('a' + random.nextInt(6)));
    }
    return b.toString();
  }
}
