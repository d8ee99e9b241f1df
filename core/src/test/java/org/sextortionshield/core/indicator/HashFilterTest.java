package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every key may be contained; most other words are told apart. */
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
}
