package org.sextortionshield.core.model;

import java.util.HashMap;
import java.util.List;
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

  /** The hashes of a message's signals, by their place in {@code names}: each name is looked up once. */
  Lookup of(List<String> names) {
    int[] at = new int[names.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = indexOf(names.get(i));
    }
    return new Lookup(table, names, at); // read after the names were added: tables only grow, places stay
  }

  /** Signal hashes by place in a list of names. */
  static final class Lookup {
    private final Table table;
    private final List<String> names;
    private final int[] at;

    private Lookup(Table table, List<String> names, int[] at) {
      this.table = table;
      this.names = names;
      this.at = at;
    }

    /** The hash of signal {@code i}'s own feature. */
    int single(int i) {
      return at[i] < 0 ? FeatureHash.string(FeatureHash.SIGNAL, names.get(i)) : table.single[at[i]];
    }

    /** The hash of the pair feature of signals {@code i} and {@code j}, whichever order they come in. */
    int pair(int i, int j) {
      return at[i] < 0 || at[j] < 0 ? computePair(names.get(i), names.get(j)) : table.pairs[at[i]][at[j]];
    }
  }

  private static int computePair(String a, String b) {
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
