package org.sextortionshield.core.indicator;

import java.util.Map;

/**
 * A fixed map from strings to values, looked up by a region of a text without making a string of it: extractors ask
 * it about a word next to every number, and most words are no key.
 */
final class RegionTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  RegionTable(Map<String, V> entries) {
    int room = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) * 2; // at most a quarter full
    keys = new String[room];
    values = new Object[room];
    mask = room - 1;
    entries.forEach((key, value) -> {
      int slot = mix(key.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    });
  }

  /** The value of the key equal to {@code s[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  V get(String s, int from, int to) {
    int hash = 0;
    for (int k = from; k < to; k++) {
      hash = 31 * hash + s.charAt(k);
    }
    for (int slot = mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.hashCode() == hash && key.length() == to - from && s.regionMatches(from, key, 0, to - from)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private static int mix(int hash) {
    return hash ^ hash >>> 16;
  }
}
