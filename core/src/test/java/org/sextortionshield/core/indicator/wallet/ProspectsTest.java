package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Adding a run by its remembered traits judges a candidate exactly as adding it character by character. */
class ProspectsTest {
  private static final String[] STARTS = {"bc1", "bcrt1", "ltc1", "0x", "q", "1", "3", "L", "4", "T", "D", "m", ""};
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  @Test
  void runTraitsAgreeWithCharacters() {
    Random random = new Random(5);
    int alive = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
      String alphabet = random.nextBoolean() ? BECH32 : ALNUM;
      for (int piece = 0; piece < 1 + random.nextInt(12); piece++) {
        if (piece > 0 || b.length() > 0 && random.nextBoolean()) {
          b.append(' ');
        }
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = b.toString().strip();
      Runs runs = Runs.of(s);
      Prospects byTraits = new Prospects();
      Prospects byCharacters = new Prospects();
      byTraits.reset();
      byCharacters.reset();
      for (int j = 0; j < runs.size(); j++) {
        boolean expected = byCharacters.addCharacters(s, runs.offset(j), runs.offset(j) + runs.length(j));
        assertThat(byTraits.add(runs, j)).as(s + " through run " + j).isEqualTo(expected);
        alive += expected ? 1 : 0;
      }
    }
    assertThat(alive).as("pieces some family could still take").isGreaterThan(20_000);
  }
}
