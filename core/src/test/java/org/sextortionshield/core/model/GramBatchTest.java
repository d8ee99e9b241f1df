package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The batch makes the keys that {@link WordGrams#keys} makes word by word, with each word's repeats. */
class GramBatchTest {
  @Test
  void makesEachWordsKeysWithItsRepeats() {
    Random random = new Random(20261207);
    GramBatch batch = new GramBatch();
    for (FeatureConfig config : List.of(new FeatureConfig(20, 2, 3, 5, 4096), new FeatureConfig(8, 1, 1, 8, 4096),
        new FeatureConfig(10, 2, 2, 2, 4096), new FeatureConfig(24, 1, 1, 1, 4096), new FeatureConfig(12, 3, 4, 6, 64))) {
      WordGrams grams = new WordGrams(config);
      int keyBits = config.hashBits() + 2;
      int most = (1 << (31 - keyBits)) - 1;
      int[] scratch = new int[WordGrams.scratch(FeatureConfig.MAX_CHAR_GRAM_WORD)];
      for (int round = 0; round < 3000; round++) {
        int words = random.nextInt(round % 50 == 0 ? 400 : 12);
        char[] chars = new char[words * FeatureConfig.MAX_CHAR_GRAM_WORD];
        List<Integer> expected = new ArrayList<>();
        batch.begin(keyBits);
        int used = 0;
        for (int i = 0; i < words; i++) {
          int length = random.nextInt(random.nextInt(8) == 0 ? FeatureConfig.MAX_CHAR_GRAM_WORD + 1 : 9);
          for (int c = 0; c < length; c++) {
            chars[used + c] = letter(random);
          }
          int repeats = random.nextBoolean() ? 0 : random.nextInt(most + 1);
          int[] keys = new int[grams.room(length)];
          int end = grams.keys(chars, used, length, scratch, keys, 0);
          for (int k = 0; k < end; k++) {
            expected.add(keys[k] | repeats << keyBits);
          }
          batch.add(grams, chars, used, length, repeats);
          used += length;
        }
        int[] out = new int[batch.room() + 3];
        out[0] = 77;
        int end = batch.keys(grams, out, 1);
        assertThat(out[0]).isEqualTo(77);
        int[] got = Arrays.copyOfRange(out, 1, end);
        int[] want = expected.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(got);
        Arrays.sort(want);
        assertThat(got).isEqualTo(want);
      }
    }
  }

  @Test
  void aThreadDoesNotKeepABatchGrownByAHugeText() {
    Occurrences before = Occurrences.scratch();
    WordGrams grams = new WordGrams(new FeatureConfig(20, 2, 3, 5, 4096));
    char[] word = "abcdefghij".toCharArray();
    before.batch.begin(22);
    for (int i = 0; i < 10_000; i++) {
      before.batch.add(grams, word, 0, word.length, 0);
    }
    assertThat(before.batch.capacity()).isGreaterThan(1 << 16);
    Occurrences after = Occurrences.scratch();
    assertThat(after).isNotSameAs(before);
    assertThat(after.batch.capacity()).isLessThanOrEqualTo(1 << 16);
  }

  private static char letter(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> (char) random.nextInt(0x10000); // any char, surrogates and the boundary marks included
      case 1 -> (char) ('0' + random.nextInt(10));
      case 2 -> "\u0002\u0003#".charAt(random.nextInt(3));
      default -> (char) ('a' + random.nextInt(26));
    };
  }
}
