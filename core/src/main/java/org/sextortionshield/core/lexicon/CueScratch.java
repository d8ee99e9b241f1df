package org.sextortionshield.core.lexicon;

import java.util.Arrays;

/**
 * A thread's working memory for {@link CueMatcher}, reused text after text, so a scan allocates nothing proportional
 * to the lexicon. Per-text marks are epochs (a text's number), so nothing is cleared between texts.
 */
final class CueScratch {
  /** [pattern] the token (tick) at which the pattern was last tried. */
  final int[] seenAt;
  /** [pattern] the text (epoch) in which the pattern's viability was last asked. */
  final int[] askedAt;
  /** [atom] the text in which {@link #viableFrom}/{@link #viableCount} list the viable patterns it begins. */
  final int[] atomEpoch;
  final int[] viableFrom;
  final int[] viableCount;
  /** The viable patterns of the text's atoms, back to back. */
  int[] viable = new int[256];
  /** The text's viable patterns. */
  int[] candidates = new int[64];
  /** The atoms {@link #count} was called for in this text. */
  private int[] counted = new int[64];
  private int countedSize;
  /** [word id] the text in which the word's atoms were found, and where ({@link TokenAtoms#atoms}, from to to). */
  int[] wordEpoch = new int[256];
  int[] wordFrom = new int[256];
  int[] wordTo = new int[256];
  /** Where a word's chars are read ({@link LexiconWords#lookUp(String, char[], LexiconWords.AtomSink)}). */
  final char[] chars;
  int tick;
  int epoch;
  /** The atoms of the text's words, for texts of up to {@link TokenAtoms#KEEP} tokens. */
  private final TokenAtoms atoms;
  private final int atomCount;
  private final int slotCount;

  CueScratch(int patterns, int atoms, int slots, int longestWord) {
    this.chars = new char[longestWord];
    this.atoms = new TokenAtoms(64, atoms, slots);
    this.atomCount = atoms;
    this.slotCount = slots;
    seenAt = new int[patterns];
    askedAt = new int[patterns];
    atomEpoch = new int[atoms];
    viableFrom = new int[atoms];
    viableCount = new int[atoms];
  }

  void nextText() {
    if (++epoch == Integer.MAX_VALUE) {
      Arrays.fill(askedAt, 0);
      Arrays.fill(atomEpoch, 0);
      Arrays.fill(wordEpoch, 0);
      epoch = 1;
    }
  }

  void nextToken() {
    if (++tick == Integer.MAX_VALUE) {
      Arrays.fill(seenAt, 0);
      tick = 1;
    }
  }

  /** Adds pattern {@code p} to the {@code size} candidates; returns the new size. */
  int addCandidate(int size, int p) {
    if (size == candidates.length) {
      candidates = Arrays.copyOf(candidates, size * 2);
    }
    candidates[size] = p;
    return size + 1;
  }

  /** Counts one more viable pattern beginning with {@code atom}. */
  void count(int atom) {
    if (atomEpoch[atom] != epoch) {
      atomEpoch[atom] = epoch;
      viableCount[atom] = 0;
      if (countedSize == counted.length) {
        counted = Arrays.copyOf(counted, countedSize * 2);
      }
      counted[countedSize++] = atom;
    }
    viableCount[atom]++;
  }

  /** Gives each counted atom its stretch of {@link #viable}, empty, for the patterns to be written into it. */
  void placeLists() {
    int at = 0;
    for (int c = 0; c < countedSize; c++) {
      int atom = counted[c];
      viableFrom[atom] = at;
      at += viableCount[atom];
      viableCount[atom] = 0;
    }
    if (viable.length < at) {
      viable = new int[Math.max(at, viable.length * 2)];
    }
    countedSize = 0;
  }

  /** The atoms to fill for a text of {@code tokens} tokens and {@code distinctWords} numbered words. */
  TokenAtoms atomsFor(int tokens, int distinctWords) {
    if (wordEpoch.length < distinctWords) {
      int room = Math.max(wordEpoch.length * 2, distinctWords);
      wordEpoch = Arrays.copyOf(wordEpoch, room);
      wordFrom = new int[room];
      wordTo = new int[room];
    }
    if (tokens > TokenAtoms.KEEP) {
      return new TokenAtoms(tokens, atomCount, slotCount);
    }
    atoms.reset(tokens);
    return atoms;
  }

  /**
   * The atoms of a text's words: each distinct word's once, back to back, and each token's stretch of them; the set of
   * atoms present anywhere in the text, and the slots they fill.
   */
  static final class TokenAtoms implements LexiconWords.AtomSink {
    /** A thread keeps arrays for up to this many tokens between texts; a longer text's are made for it alone. */
    static final int KEEP = 1 << 14;
    /** [token] where its atoms start and end in {@link #atoms}. */
    int[] from;
    int[] to;
    int[] atoms;
    int size;
    private final long[] present;
    /** The text's distinct atoms, in the order first seen. */
    private int[] distinctAtoms = new int[64];
    int distinct;
    /** The distinct slots with an atom in the text ({@link #markSlots}). */
    final long[] slots;

    TokenAtoms(int tokens, int atomCount, int slotCount) {
      from = new int[tokens];
      to = new int[tokens];
      atoms = new int[Math.max(16, tokens)];
      present = new long[(atomCount + 63) >>> 6];
      slots = new long[(slotCount + 63) >>> 6];
    }

    /** Emptied for a text of {@code tokens} tokens (the thread's instance is reused text after text). */
    void reset(int tokens) {
      for (int d = 0; d < distinct; d++) { // the bits set are those of the atoms seen: cheaper than clearing all
        present[distinctAtoms[d] >>> 6] = 0;
      }
      distinct = 0;
      size = 0;
      Arrays.fill(slots, 0);
      if (from.length < tokens) {
        from = new int[tokens];
        to = new int[tokens];
      }
      if (atoms.length > 8 * KEEP) { // grown by a text of many atoms per word
        atoms = new int[KEEP];
      }
    }

    int distinctAtom(int d) {
      return distinctAtoms[d];
    }

    boolean has(int atom) {
      return (present[atom >>> 6] & (1L << atom)) != 0;
    }

    void markSlots(IntLists atomSlots) {
      int[] at = atomSlots.at;
      int[] items = atomSlots.items;
      for (int d = 0; d < distinct; d++) {
        int atom = distinctAtoms[d];
        for (int k = at[atom], end = at[atom + 1]; k < end; k++) {
          slots[items[k] >>> 6] |= 1L << items[k];
        }
      }
    }

    @Override
    public void add(int atom) {
      if (size == atoms.length) {
        atoms = Arrays.copyOf(atoms, size * 2);
      }
      atoms[size++] = atom;
      long bit = 1L << atom;
      if ((present[atom >>> 6] & bit) == 0) {
        present[atom >>> 6] |= bit;
        if (distinct == distinctAtoms.length) {
          distinctAtoms = Arrays.copyOf(distinctAtoms, distinct * 2);
        }
        distinctAtoms[distinct++] = atom;
      }
    }

    /** Whether the token has an atom of {@code slot}, whose atoms folded into 64 bits are {@code bits}. */
    boolean matches(int token, int[] slot, long bits) {
      for (int k = from[token], end = to[token]; k < end; k++) {
        if ((bits & 1L << atoms[k]) != 0 && Arrays.binarySearch(slot, atoms[k]) >= 0) {
          return true;
        }
      }
      return false;
    }
  }
}
