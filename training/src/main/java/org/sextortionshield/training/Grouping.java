package org.sextortionshield.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts near-duplicates into one group, so cross-validation never trains on one copy of a campaign and tests on
 * another: files that name the same wallet, and files whose word 4-grams are similar (MinHash, Jaccard estimate at
 * least {@link #SIMILARITY}; candidates found with locality-sensitive hashing over bands of the signature). Groups are
 * connected components: similarity chains join.
 */
public final class Grouping {
  static final double SIMILARITY = 0.3;
  static final int ROWS_PER_BAND = 3;
  private final int[] parent;

  private Grouping(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /** Group number of each example, numbered 0.. in order of first appearance. */
  public static int[] of(List<Example> examples) {
    Grouping g = new Grouping(examples.size());
    Map<String, Integer> wallets = new HashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      for (String w : examples.get(i).wallets()) {
        Integer other = wallets.putIfAbsent(w, i);
        if (other != null) {
          g.union(other, i);
        }
      }
    }
    for (int band = 0; band + ROWS_PER_BAND <= MinHash.SIZE; band += ROWS_PER_BAND) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < examples.size(); i++) {
        int[] sig = examples.get(i).signature();
        if (!MinHash.isEmpty(sig)) {
          buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        g.joinSimilar(examples, bucket);
      }
    }
    int[] ids = new int[examples.size()];
    int[] number = new int[examples.size()];
    Arrays.fill(number, -1);
    int next = 0;
    for (int i = 0; i < ids.length; i++) {
      int root = g.find(i);
      if (number[root] < 0) {
        number[root] = next++;
      }
      ids[i] = number[root];
    }
    return ids;
  }

  private void joinSimilar(List<Example> examples, List<Integer> bucket) {
    for (int a = 0; a < bucket.size(); a++) {
      for (int b = a + 1; b < bucket.size(); b++) {
        int x = bucket.get(a);
        int y = bucket.get(b);
        if (find(x) != find(y)
            && MinHash.similarity(examples.get(x).signature(), examples.get(y).signature()) >= SIMILARITY) {
          union(x, y);
        }
      }
    }
  }

  private static long bandKey(int[] sig, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + ROWS_PER_BAND; i++) {
      h = 31 * h + sig[i];
    }
    return h;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
