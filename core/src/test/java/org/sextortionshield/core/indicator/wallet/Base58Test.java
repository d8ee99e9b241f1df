package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The length test before decoding never refuses a string that decodes to the length asked for. */
class Base58Test {
  @Test
  void theLengthBoundHoldsForEveryDecoding() {
    Random random = new Random(9);
    int refused = 0;
    for (int n = 0; n < 200_000; n++) {
      String s = candidate(random);
      int length = Base58.decode(s).length;
      assertThat(Base58.mayDecodeTo(s, length)).as(s).isTrue();
      for (int other = Math.max(0, length - 3); other <= length + 3; other++) {
        refused += other != length && !Base58.mayDecodeTo(s, other) ? 1 : 0;
      }
    }
    assertThat(refused).as("wrong lengths refused without decoding").isGreaterThan(200_000);
  }

  @Test
  void boundariesOfEachNumberOfDigits() {
    for (int m = 1; m < 60; m++) {
      for (String s : new String[] {"2" + "1".repeat(m - 1), "z".repeat(m), "1" + "2" + "1".repeat(m - 1),
          "11" + "z".repeat(m)}) {
        assertThat(Base58.mayDecodeTo(s, Base58.decode(s).length)).as(s).isTrue();
      }
    }
  }

  private static String candidate(Random random) {
    StringBuilder b = new StringBuilder("1".repeat(random.nextInt(4) == 0 ? random.nextInt(4) : 0));
    int digits = random.nextInt(45);
    for (int k = 0; k < digits; k++) {
      // skewed now and then to the smallest and largest digits, where the byte counts change
      int d = switch (random.nextInt(4)) {
        case 0 -> 57;
        case 1 -> k == 0 ? 1 : 0;
        default -> random.nextInt(58);
      };
      b.append(Base58.ALPHABET.charAt(d));
    }
    return b.toString();
  }
}
