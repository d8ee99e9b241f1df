package org.sextortionshield.core.lexicon;

/**
 * Lists of ints back to back in one array: list {@code k} is {@code items[at[k], at[k + 1])}. A text's cue matching
 * walks a few hundred of the lexicon's lists (postings, required slots); in one array they are read without a pointer
 * to follow, and a cache miss, per list.
 */
final class IntLists {
  /** [list] where it starts in {@link #items}; one more entry, the end of the last. */
  final int[] at;
  final int[] items;

  IntLists(int[][] lists) {
    at = new int[lists.length + 1];
    int size = 0;
    for (int k = 0; k < lists.length; k++) {
      at[k] = size;
      size += lists[k].length;
    }
    at[lists.length] = size;
    items = new int[size];
    for (int k = 0; k < lists.length; k++) {
      System.arraycopy(lists[k], 0, items, at[k], lists[k].length);
    }
  }
}
