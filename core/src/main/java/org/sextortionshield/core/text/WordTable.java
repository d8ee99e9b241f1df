package org.sextortionshield.core.text;

/**
 * Hands out one shared {@link String} per distinct word of a text. Words repeat (natural text follows Zipf's law;
 * padding repeats one unit a million times), so sharing keeps a long text's token list small and saves building a
 * string for every occurrence. Bounded: after {@link #MAX_WORDS} distinct words, new ones are simply not shared.
 */
final class WordTable {
  static final int MAX_WORDS = 1 << 15;
  private String[] slots = new String[64];
  private int count;

  /** The word {@code s[start, end)}, shared with earlier occurrences of the same characters. */
  String word(String s, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + s.charAt(k); // String.hashCode, so a stored word's cached hash can be compared first
    }
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    for (String w; (w = slots[slot]) != null; slot = (slot + 1) & mask) {
      if (w.hashCode() == hash && w.length() == end - start && s.regionMatches(start, w, 0, end - start)) {
        return w;
      }
    }
    String word = s.substring(start, end);
    if (count < MAX_WORDS) {
      slots[slot] = word;
      if (++count * 2 > slots.length) {
        grow();
      }
    }
    return word;
  }

  private void grow() {
    String[] old = slots;
    slots = new String[old.length * 2];
    int mask = slots.length - 1;
    for (String w : old) {
      if (w != null) {
        int slot = mix(w.hashCode()) & mask;
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = w;
      }
    }
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }
}
