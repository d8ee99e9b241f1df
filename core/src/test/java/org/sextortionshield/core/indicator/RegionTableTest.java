package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A region of a text finds what a map finds for the same characters made into a string. */
class RegionTableTest {
  @Test
  void regionsFindWhatTheirStringsFind() {
    Random random = new Random(4);
    String letters = "abcdeu$\u20ac\u00e9";
    Map<String, Integer> map = new HashMap<>();
    for (int k = 0; k < 60; k++) {
      map.put(word(random, letters, 1 + random.nextInt(6)), k);
    }
    map.put("", -1);
    RegionTable<Integer> table = new RegionTable<>(map);
    int hits = 0;
    for (int n = 0; n < 20_000; n++) {
      String s = word(random, letters, random.nextInt(12));
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 1);
      Integer expected = map.get(s.substring(from, to));
      assertThat(table.get(s, from, to)).as("%s[%d, %d)", s, from, to).isEqualTo(expected);
      hits += expected != null ? 1 : 0;
    }
    assertThat(hits).isGreaterThan(2_000);
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < length; k++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}
