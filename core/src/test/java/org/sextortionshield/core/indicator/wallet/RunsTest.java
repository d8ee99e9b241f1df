package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The thread's reused runs of a text are the runs a fresh instance finds, whatever texts it held before. */
class RunsTest {
  private static final String PIECES = "abcXYZ019 -.\n";

  @Test
  void reusedRunsEqualFreshOnes() {
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(n % 50 == 0 ? 20_000 : 300); // now and then a text larger than the last
      for (int k = 0; k < length; k++) {
        b.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
      String s = b.toString();
      Runs fresh = Runs.of(s);
      Runs reused = Runs.reused(s);
      assertThat(reused.size()).as(s).isEqualTo(fresh.size());
      for (int r = 0; r < fresh.size(); r++) {
        assertThat(reused.start(r)).isEqualTo(fresh.start(r));
        assertThat(reused.end(r)).isEqualTo(fresh.end(r));
        assertThat(reused.hasDigit(r)).isEqualTo(fresh.hasDigit(r));
        assertThat(reused.nextDigitRun(r)).as("next digit run of %d in %s", r, s).isEqualTo(fresh.nextDigitRun(r));
        assertThat(reused.traits(r)).isEqualTo(fresh.traits(r));
        assertThat(reused.charsThrough(0, r)).isEqualTo(fresh.charsThrough(0, r));
      }
    }
  }

  /** Every run an address may start with is a candidate, in order; candidates mostly may start one. */
  @Test
  void candidatesHoldEveryRunThatMayStart() {
    String[] pieces = {"bc1", "Bc1", "tb1", "TB", "tl", "tltc1", "lt", "ltc1", "l", "b", "t", "bcrt1", "the", "to",
        "like", "be", "bb", "b4", "t2", "l3", "tB", "lT", "bC", "1", "3", "m", "n", "q", "z", "0x", "A", "T", "x", "y",
        "\u00e9", " ", "-", "\n", ".", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"};
    Random random = new Random(13);
    int mayStart = 0;
    int others = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      String s = b.toString();
      for (Runs runs : new Runs[] {Runs.of(s), Runs.reusedPlain(s)}) {
        if (runs == null) {
          continue;
        }
        java.util.List<Integer> candidates = new java.util.ArrayList<>();
        for (int k = 0; k < runs.candidates(); k++) {
          candidates.add(runs.candidate(k));
        }
        assertThat(candidates).as(s).isSorted().doesNotHaveDuplicates();
        for (int r = 0; r < runs.size(); r++) {
          if (runs.mayStart(r)) {
            assertThat(candidates).as("run %d of %s", r, s).contains(r);
            mayStart++;
          }
        }
        others += candidates.size();
      }
    }
    assertThat(mayStart).isGreaterThan(50_000);
    assertThat(others - mayStart).as("candidates that may not start").isLessThan(mayStart / 4);
  }

  @Test
  void joinsAndClassesAreWhatTheTextSays() {
    String pieces = "aZ09lIO0x1 -.\n*_|:/?@\u2013\u00b7\u00e9\u00a0";
    Random random = new Random(12);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        b.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String s = b.toString();
      Runs runs = Runs.of(s);
      for (int r = 0; r < runs.size(); r++) {
        boolean joins = r + 1 < runs.size() && runs.start(r + 1) - runs.end(r) <= Runs.MAX_GAP
            && s.substring(runs.end(r), runs.start(r + 1)).chars().allMatch(c -> Runs.isSeparator((char) c));
        assertThat(runs.joinsNext(r)).as("join after run %d of %s", r, s).isEqualTo(joins);
        int classes = 7;
        for (int k = runs.start(r); k < runs.end(r); k++) {
          classes &= Prospects.classOf(s.charAt(k));
        }
        assertThat(runs.classes(r)).isEqualTo(classes);
      }
    }
  }

  @Test
  void aLongTextsRunsAreNotKeptByTheThread() {
    String longText = "a1 ".repeat(40_000);
    Runs first = Runs.reused(longText);
    assertThat(Runs.reused("x1 y2")).isNotSameAs(first);
    Runs shortOne = Runs.reused("x1 y2");
    assertThat(Runs.reused("z3")).isSameAs(shortOne);
  }
}
