package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.TextNormalizer;

/** The thread's reused runs of a text are the runs a fresh instance finds, whatever texts it held before. */
class RunsTest {
  private static final String PIECES = "abcXYZ019 -.\n";

  /**
   * The thread's reused runs of a text, whatever it held before, are runs of a fresh instance's list of every run
   * ({@link Runs#of}) as {@link HotRuns} asks, with their summaries; summaries that look across runs agree within a
   * join.
   */
  @Test
  void reusedRunsAreFreshRunsAJoinMayTakeIn() {
    Random random = new Random(11);
    int listed = 0;
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(n % 50 == 0 ? 20_000 : 300); // now and then a text larger than the last
      for (int k = 0; k < length; k++) {
        b.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
      String s = b.toString();
      String normalised = TextNormalizer.casePreserving(s).text();
      Runs fresh = Runs.of(normalised);
      for (Runs reused : new Runs[] {Runs.reused(normalised), Runs.reusedPlain(s)}) {
        List<Integer> at = HotRuns.assertListed(s, reused, fresh, normalised);
        int joinStart = 0;
        for (int r = 0; r < reused.size(); r++) {
          int nextDigit = reused.nextDigitRun(r);
          if (nextDigit >= 0 && joinedThrough(reused, r, nextDigit)) {
            assertThat(at.get(nextDigit)).as("next digit run of %d in %s", r, s)
                .isEqualTo(fresh.nextDigitRun(at.get(r)));
          }
          assertThat(reused.charsThrough(joinStart, r)).isEqualTo(fresh.charsThrough(at.get(joinStart), at.get(r)));
          joinStart = reused.joinsNext(r) ? joinStart : r + 1;
        }
        listed += reused.size();
      }
    }
    assertThat(listed).as("runs listed").isGreaterThan(100_000);
  }

  private static boolean joinedThrough(Runs runs, int from, int to) {
    for (int r = from; r < to; r++) {
      if (!runs.joinsNext(r)) {
        return false;
      }
    }
    return true;
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
    assertThat(mayStart).isGreaterThan(40_000);
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
