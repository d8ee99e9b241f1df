package org.sextortionshield.core.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Genuine labels in a fixed order, indexed so that a candidate is compared only with the labels it could imitate:
 * those with its skeleton, and those whose allowed typing errors ({@link LookAlike#allowedEdits}) can bridge the
 * difference in length. Only a hyphenated candidate, which may hold a genuine label as a part, is compared with
 * every label. Finds the same first imitated label as comparing with each in order, without the hundreds of
 * comparisons a sender domain used to cost.
 */
final class LookAlikeIndex {
  private static final int[] NONE = new int[0];
  private final List<LookAlike.Label> labels;
  private final Map<String, int[]> bySkeleton = new HashMap<>();
  /** By a candidate's length: the labels a typo of that length may imitate. */
  private final int[][] typosByLength = new int[LookAlike.MAX_LABEL + 1][];

  LookAlikeIndex(List<LookAlike.Label> labels) {
    this.labels = List.copyOf(labels);
    Map<String, List<Integer>> skeletons = new HashMap<>();
    List<List<Integer>> typos = new ArrayList<>();
    for (int l = 0; l <= LookAlike.MAX_LABEL; l++) {
      typos.add(new ArrayList<>());
    }
    for (int i = 0; i < this.labels.size(); i++) {
      LookAlike.Label g = this.labels.get(i);
      skeletons.computeIfAbsent(g.skeleton(), s -> new ArrayList<>()).add(i);
      int length = g.text().length();
      int allowed = LookAlike.allowedEdits(length);
      for (int l = Math.max(0, length - allowed); allowed > 0 && l <= Math.min(LookAlike.MAX_LABEL, length + allowed);
          l++) {
        typos.get(l).add(i);
      }
    }
    skeletons.forEach((s, at) -> bySkeleton.put(s, ints(at)));
    for (int l = 0; l <= LookAlike.MAX_LABEL; l++) {
      typosByLength[l] = ints(typos.get(l));
    }
  }

  /** The position of the first label {@code candidate} imitates ({@link LookAlike#compare} not NONE), or -1. */
  int firstImitated(LookAlike.Label candidate) {
    String text = candidate.text();
    if (text.indexOf('-') >= 0) {
      return firstOfAll(candidate);
    }
    if (text.isEmpty() || text.length() > LookAlike.MAX_LABEL) {
      return -1;
    }
    int first = first(candidate, bySkeleton.getOrDefault(candidate.skeleton(), NONE), labels.size());
    first = firstTypo(candidate, typosByLength[text.length()], first);
    return first == labels.size() ? -1 : first;
  }

  /** The first of {@code positions} (ascending) below {@code before} that the candidate imitates, else before. */
  private int first(LookAlike.Label candidate, int[] positions, int before) {
    for (int p : positions) {
      if (p >= before) {
        break;
      }
      if (LookAlike.compare(candidate, labels.get(p)) != LookAlike.Kind.NONE) {
        return p;
      }
    }
    return before;
  }

  /**
   * As {@link #first} over the typo candidates, skipping those whose characters rule a typo out. That is exact: an
   * unhyphenated candidate imitates a label by skeleton or typo only, and a label with its skeleton was already
   * compared in the skeleton pass (the same comparison, so the same answer).
   */
  private int firstTypo(LookAlike.Label candidate, int[] positions, int before) {
    for (int p : positions) {
      if (p >= before) {
        break;
      }
      LookAlike.Label genuine = labels.get(p);
      if (LookAlike.charactersAllowTypo(candidate, genuine)
          && LookAlike.compare(candidate, genuine) != LookAlike.Kind.NONE) {
        return p;
      }
    }
    return before;
  }

  private int firstOfAll(LookAlike.Label candidate) {
    for (int p = 0; p < labels.size(); p++) {
      if (LookAlike.compare(candidate, labels.get(p)) != LookAlike.Kind.NONE) {
        return p;
      }
    }
    return -1;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
