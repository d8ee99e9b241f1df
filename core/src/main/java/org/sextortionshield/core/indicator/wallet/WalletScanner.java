package org.sextortionshield.core.indicator.wallet;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds wallet addresses in a text however they are split: runs of ASCII letters and digits separated only by short
 * separators (spaces, line breaks, dashes, dots, stars, ... — whatever an "remove the spaces" trick or a line break
 * left) are joined, up to {@value #MAX_PIECES} runs and {@value Wallets#MAX_CHARS} characters, and a join counts only
 * when an address checksum holds. One or two characters outside the base58 alphabet that look like ones inside it
 * ("0"/"O" for "o", "I"/"l" for "1"/"i") in an unsplit run are tried both ways. Linear: every start tries a
 * bounded window, and a budget caps the checksum attempts per message.
 *
 * <p>The text is expected in case-preserving normalised form: look-alike letters of other scripts already folded to
 * Latin and zero-width characters already dropped.
 */
public final class WalletScanner {
  static final int MAX_PIECES = 48;
  private static final int MAX_GAP = Runs.MAX_GAP;
  private static final String LOOKALIKES = "0OIl";
  private static final String[] REPLACEMENTS = {"o", "o0", "1i", "1i"};

  /** An address found at normalised span [start, end), joined from {@code pieces} runs. */
  public record Found(WalletAddress address, int start, int end, int pieces, boolean substituted) {}

  private int attemptsLeft;
  private final Prospects prospects = new Prospects();
  private final StringBuilder joined = new StringBuilder(Wallets.MAX_CHARS); // the join so far, one piece at a time

  /** A scanner allowed {@code maxAttempts} checksum attempts in all (per message). */
  public WalletScanner(int maxAttempts) {
    this.attemptsLeft = maxAttempts;
  }

  /** Checksum attempts this scanner may still make. */
  public int attemptsLeft() {
    return attemptsLeft;
  }

  /** The addresses in {@code s}, a case-preserving normalised text. */
  public List<Found> scan(String s) {
    return scan(Runs.reused(s));
  }

  /**
   * The addresses in the case-preserving normalised form of {@code original}, read from the original itself (spans
   * are in the normalised form); null when the original is not plain ASCII, whose normalised form must be scanned
   * instead ({@link #scan}).
   */
  public List<Found> scanPlain(String original) {
    Runs runs = Runs.reusedPlain(original);
    return runs == null ? null : scan(runs);
  }

  private List<Found> scan(Runs runs) {
    List<Found> found = new ArrayList<>();
    int next = 0; // runs before this are part of an address found
    for (int k = 0; k < runs.candidates() && attemptsLeft > 0; k++) {
      // the other runs cannot start an address, or not one long enough to check: tried, each would give up
      int i = runs.candidate(k);
      int last = i >= next && runs.mayStart(i) && Prospects.mayReachChecksum(runs, i) ? tryFrom(runs, i, found) : -1;
      next = last >= 0 ? last + 1 : next;
    }
    return found;
  }

  /** Joins runs from {@code first} on; returns the last run of an address found, or -1. */
  int tryFrom(Runs runs, int first, List<Found> found) {
    char start = runs.first(first);
    if (runs.length(first) > Wallets.MAX_CHARS || !Wallets.mayStartWith(start)) {
      return -1;
    }
    boolean longRun = runs.length(first) >= Wallets.MIN_CHARS; // tried alone (look-alikes too) whatever its alphabet
    int digitRun = runs.nextDigitRun(first);
    if (digitRun < 0 || runs.end(digitRun) - runs.start(first) > Wallets.MAX_CHARS + MAX_PIECES * MAX_GAP
        || runs.charsThrough(first, digitRun) > Prospects.maxLength(start)) {
      // a join needs a digit within reach (of the longest address that can start so); without one, only the run
      // itself can be an address
      return longRun ? tryAlone(runs, first, found) : -1;
    }
    prospects.reset();
    joined.setLength(0);
    int inJoined = first; // runs [first, inJoined) are in joined: made only when a checksum may be due
    int length = 0;
    boolean digit = false;
    for (int j = first; j < runs.size() && j - first < MAX_PIECES; j++) {
      if (j > first && !runs.joinsNext(j - 1)) {
        return -1;
      }
      length += runs.length(j);
      if (length > Wallets.MAX_CHARS || !prospects.add(runs, j) && !(longRun && j == first)) {
        return -1; // no family can take it any more
      }
      digit |= runs.hasDigit(j);
      int pieces = j - first + 1;
      if (length < Wallets.MIN_CHARS || pieces > 1 && !digit) {
        continue; // not worth a checksum: prose joined word by word has no digits
      }
      for (; inJoined <= j; inJoined++) {
        joined.append(runs.text(), runs.offset(inJoined), runs.offset(inJoined) + runs.length(inJoined));
      }
      if (!Wallets.plausible(joined)) {
        continue; // no family takes this yet
      }
      Found f = attempt(joined.toString(), runs.start(first), runs.end(j), pieces);
      if (f != null) {
        found.add(placed(f, runs, first, j));
        return j;
      }
      if (attemptsLeft <= 0) {
        return -1;
      }
    }
    return -1;
  }

  private int tryAlone(Runs runs, int run, List<Found> found) {
    String candidate = runs.text().substring(runs.offset(run), runs.offset(run) + runs.length(run));
    if (!Wallets.plausible(candidate)) {
      return -1;
    }
    Found f = attempt(candidate, runs.start(run), runs.end(run), 1);
    if (f == null) {
      return -1;
    }
    found.add(placed(f, runs, run, run));
    return run;
  }

  /** {@code f}, joined from runs [first, last], spanning them in the normalised text ({@link Runs#start} may not). */
  private static Found placed(Found f, Runs runs, int first, int last) {
    return new Found(f.address(), runs.normalisedStart(first), runs.normalisedEnd(last), f.pieces(), f.substituted());
  }

  private Found attempt(String candidate, int start, int end, int pieces) {
    attemptsLeft--;
    WalletAddress a = Wallets.recognise(candidate);
    if (a != null && (a.validated() || pieces == 1)) {
      return new Found(a, start, end, pieces, false);
    }
    if (pieces > 1) {
      return null; // ASCII look-alikes are tried in a single run only: joins of words would multiply the attempts
    }
    int[] at = new int[2];
    int n = 0;
    for (int k = 0; k < candidate.length(); k++) {
      if (LOOKALIKES.indexOf(candidate.charAt(k)) >= 0) {
        if (n == at.length) {
          return null;
        }
        at[n++] = k;
      }
    }
    return n == 0 ? null : substituted(candidate.toCharArray(), at, n, 0, start, end, pieces);
  }

  /** Tries the replacements of look-alike position {@code k} onwards; only validated results count. */
  private Found substituted(char[] c, int[] at, int n, int k, int start, int end, int pieces) {
    if (k == n) {
      attemptsLeft--;
      WalletAddress a = Wallets.recognise(new String(c));
      return a != null && a.validated() ? new Found(a, start, end, pieces, true) : null;
    }
    char original = c[at[k]];
    for (char r : REPLACEMENTS[LOOKALIKES.indexOf(original)].toCharArray()) {
      c[at[k]] = r;
      Found f = substituted(c, at, n, k + 1, start, end, pieces);
      if (f != null) {
        return f;
      }
    }
    c[at[k]] = original;
    return null;
  }
}
