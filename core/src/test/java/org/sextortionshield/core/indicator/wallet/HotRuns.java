package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * What the scanner's run listing must hold. Of every run ({@link Runs#of}) it lists a subset, in order, each as it is
 * there; two listed runs join when they are neighbours there and join. Every run a join reaching a checksum may take
 * is listed: a run of 25 or more characters, and in a chain (runs each joined to the next) of 25 or more letters and
 * digits, every run within 106 of them of a run with a digit (counting both).
 */
final class HotRuns {
  private HotRuns() {}

  /** The runs of {@code every} that must be listed, ascending. */
  static List<Integer> required(Runs every) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < every.size(); r++) {
      if (every.length(r) >= 25 || nearDigit(every, r) && chainChars(every, r) >= 25) {
        out.add(r);
      }
    }
    return out;
  }

  private static int chainChars(Runs every, int r) {
    int first = r;
    while (first > 0 && every.joinsNext(first - 1)) {
      first--;
    }
    int chars = 0;
    for (int k = first; ; k++) {
      chars += every.length(k);
      if (!every.joinsNext(k)) {
        return chars;
      }
    }
  }

  private static boolean nearDigit(Runs every, int r) {
    int chars = 0;
    for (int d = r; d < every.size() && (chars += every.length(d)) <= 106; d++) {
      if (every.hasDigit(d)) {
        return true;
      }
      if (!every.joinsNext(d)) {
        break;
      }
    }
    chars = 0;
    for (int d = r; d >= 0 && (chars += every.length(d)) <= 106; d--) {
      if (every.hasDigit(d)) {
        return true;
      }
      if (d == 0 || !every.joinsNext(d - 1)) {
        break;
      }
    }
    return false;
  }

  /**
   * Asserts that {@code listed}, read from {@code original}, lists runs of {@code every} (the runs of its normalised
   * form {@code normalised}) as the scanner needs; returns the indices in {@code every} of the runs listed.
   */
  static List<Integer> assertListed(String original, Runs listed, Runs every, String normalised) {
    List<Integer> at = new ArrayList<>();
    int e = 0;
    for (int r = 0; r < listed.size(); r++) {
      while (e < every.size() && every.start(e) < listed.normalisedStart(r)) {
        e++;
      }
      assertThat(e).as("run %d of %s is a run", r, original).isLessThan(every.size());
      assertThat(listed.normalisedStart(r)).as("start of run %d in %s", r, original).isEqualTo(every.start(e));
      assertThat(listed.normalisedEnd(r)).isEqualTo(every.end(e));
      assertThat(listed.end(r) - listed.start(r)).isEqualTo(every.length(e));
      assertThat(listed.hasDigit(r)).isEqualTo(every.hasDigit(e));
      assertThat(listed.text().substring(listed.offset(r), listed.offset(r) + listed.length(r)))
          .isEqualTo(normalised.substring(every.start(e), every.end(e)));
      assertThat(listed.traits(r)).isEqualTo(every.traits(e));
      assertThat(listed.classes(r)).isEqualTo(every.classes(e));
      if (r > 0) {
        int previous = at.get(r - 1);
        boolean joins = previous == e - 1 && every.joinsNext(previous);
        assertThat(listed.joinsNext(r - 1)).as("join after run %d in %s", r - 1, original).isEqualTo(joins);
        if (joins) { // distances within a join are the normalised ones
          assertThat(listed.start(r) - listed.start(r - 1)).isEqualTo(every.start(e) - every.start(previous));
        }
      }
      at.add(e);
    }
    if (listed.size() > 0) {
      assertThat(listed.joinsNext(listed.size() - 1)).isFalse();
    }
    assertThat(at).as(original).containsAll(required(every));
    return at;
  }
}
