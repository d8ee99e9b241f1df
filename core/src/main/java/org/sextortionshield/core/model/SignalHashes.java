package org.sextortionshield.core.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The feature hashes of signal names and of their pairs, worked out once per name instead of once per message: a
 * message with a dozen fired signals hashed some sixty pairs of names, a few per cent of a scan. The names are the
 * catalog's few signal ids; past {@link #MAX_NAMES} distinct names new ones are hashed each time, never kept.
 * Thread-safe: readers see an immutable table, a new name replaces it with a larger copy.
 */
final class SignalHashes {
  static final int MAX_NAMES = 128;

  private volatile Table table = new Table(new HashMap<>(), new String[0]);

  /** The hash of signal {@code name}'s own feature. */
  int single(String name) {
    int i = indexOf(name);
    return i < 0 ? FeatureHash.string(FeatureHash.SIGNAL, name) : table.single[i];
  }

  /** The hash of the pair feature of two signals, whichever order they come in. */
  int pair(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    return i < 0 || j < 0 ? computePair(a, b) : table.pairs[i][j];
  }

  static int computePair(String a, String b) {
    return a.compareTo(b) < 0 ? FeatureHash.pair(FeatureHash.SIGNAL, a, b) : FeatureHash.pair(FeatureHash.SIGNAL, b, a);
  }

  /** The name's place in the table, added when new; -1 once the table is full. */
  private int indexOf(String name) {
    Integer i = table.index.get(name);
    return i != null ? i : add(name);
  }

  private synchronized int add(String name) {
    Table t = table;
    Integer known = t.index.get(name);
    if (known != null) {
      return known;
    }
    if (t.names.length >= MAX_NAMES) {
      return -1;
    }
    String[] names = java.util.Arrays.copyOf(t.names, t.names.length + 1);
    names[t.names.length] = name;
    Map<String, Integer> index = new HashMap<>(t.index);
    index.put(name, t.names.length);
    table = new Table(index, names);
    return t.names.length;
  }

  private static final class Table {
    final Map<String, Integer> index;
    final String[] names;
    final int[] single;
    final int[][] pairs;

    Table(Map<String, Integer> index, String[] names) {
      this.index = index;
      this.names = names;
      single = new int[names.length];
      pairs = new int[names.length][names.length];
      for (int i = 0; i < names.length; i++) {
        single[i] = FeatureHash.string(FeatureHash.SIGNAL, names[i]);
        for (int j = 0; j < names.length; j++) {
          pairs[i][j] = computePair(names[i], names[j]);
        }
      }
    }
  }
}
