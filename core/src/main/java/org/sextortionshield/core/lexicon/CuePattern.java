package org.sextortionshield.core.lexicon;

import java.util.List;

/**
 * One compiled cue: a sequence of word slots. A slot accepts exact words and word prefixes ({@code record*}) or a
 * number ({@code #n}), may be optional ({@code the?}) and may allow a bounded gap of other words before it.
 */
public record CuePattern(String cueClass, String language, String source, List<Slot> slots) {

  /** A position in the pattern. {@code gapBefore} words may be skipped before it; the first slot has none. */
  public record Slot(List<String> exact, List<String> prefixes, boolean number, boolean optional, int gapBefore) {
    Slot withGap(int gap) {
      return new Slot(exact, prefixes, number, optional, gap);
    }
  }

  static boolean isDigits(String word) {
    if (word.isEmpty() || word.length() > 9) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
