package org.sextortionshield.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns whole groups to cross-validation folds, so no group sits on both sides of a fold. Groups holding sextortion
 * are dealt first, each to the fold with the fewest sextortion files so far, then the rest, each to the smallest
 * fold. Deterministic: ties go to the lower fold, groups are taken largest first, then in corpus order.
 */
public final class GroupedFolds {
  private GroupedFolds() {}

  /** The fold (0..folds-1) of each example; {@code group[i]} is example i's group. */
  public static int[] assign(List<Example> examples, int[] group, int folds) {
    int groups = 0;
    for (int g : group) {
      groups = Math.max(groups, g + 1);
    }
    int[] size = new int[groups];
    int[] positives = new int[groups];
    for (int i = 0; i < group.length; i++) {
      size[group[i]]++;
      if (examples.get(i).positive()) {
        positives[group[i]]++;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      order.add(g);
    }
    order.sort(Comparator.comparingInt((Integer g) -> -positives[g]).thenComparingInt(g -> -size[g])
        .thenComparingInt(g -> g));
    int[] foldOfGroup = new int[groups];
    int[] foldSize = new int[folds];
    int[] foldPositives = new int[folds];
    for (int g : order) {
      int best = 0;
      for (int f = 1; f < folds; f++) {
        boolean better = positives[g] > 0
            ? foldPositives[f] < foldPositives[best]
                || foldPositives[f] == foldPositives[best] && foldSize[f] < foldSize[best]
            : foldSize[f] < foldSize[best];
        if (better) {
          best = f;
        }
      }
      foldOfGroup[g] = best;
      foldSize[best] += size[g];
      foldPositives[best] += positives[g];
    }
    int[] fold = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      fold[i] = foldOfGroup[group[i]];
    }
    return fold;
  }
}
