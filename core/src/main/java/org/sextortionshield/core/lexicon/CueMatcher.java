package org.sextortionshield.core.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sextortionshield.core.text.Tokens;

/**
 * Finds every cue of a lexicon in a token sequence, in time linear in the text. No regular expressions touch message
 * text.
 *
 * <p>Compiled form: every distinct word and word prefix of the lexicon is an <em>atom</em> (an int); a slot is the
 * sorted set of its atoms. Per text, each distinct word's atoms are found once (one pass over its letters,
 * {@link LexiconWords}) and a bitset records which atoms occur at all. A pattern becomes a candidate where a word
 * carries an atom of its first slot, and is verified only when every required slot has some atom present in the
 * text — so the hundreds of patterns starting with a common word ("i", "je", "no") cost one cached check per text,
 * not a walk per occurrence. Which slots are present is worked out once per text from the atoms it holds (each atom
 * knows its slots), so the cost follows the text's vocabulary, not the lexicon's thousands of slots; and once per
 * text and atom, the patterns it starts are narrowed to the viable ones, so the hundredth "you" of a mail walks only
 * those.
 * Verification walks the remaining slots with bounded gaps, never past the end of the sentence.
 */
public final class CueMatcher {
  private final CuePattern[] patterns;
  private final LexiconWords words;
  private final int numberAtom;
  private final int atomCount;
  /** [pattern][slot] sorted atoms. */
  private final int[][][] slotAtoms;
  /**
   * [pattern] its required slots after the first, most selective (fewest atoms) first, as ids of distinct slots:
   * patterns built from the same word classes share slots, so each is checked against a text once.
   */
  private final int[][] requiredSlots;
  /** [distinct slot id] its sorted atoms. */
  private final int[][] distinctSlots;
  /** [atom] patterns whose first slot holds the atom. */
  private final int[][] firstSlotPostings;
  /** [atom] the distinct slots that hold the atom. */
  private final int[][] atomSlots;
  /** [pattern][slot] the slot's gap before it, and whether it is optional: read in the verification walk. */
  private final int[][] gapsBefore;
  private final boolean[][] optional;
  private final ThreadLocal<Scratch> scratch;

  /** Per-thread working memory, so a scan allocates nothing proportional to the lexicon. */
  private static final class Scratch {
    final int[] seenAt;
    final int[] viableAt;
    /** [atom] the epoch in which {@link #viableFrom}/{@link #viableCount} were filled for this text. */
    final int[] atomEpoch;
    final int[] viableFrom;
    final int[] viableCount;
    /** [word id] the epoch in which the word's atoms were found, and where ({@link TokenAtoms#atoms}, count). */
    int[] wordEpoch = new int[256];
    int[] wordFrom = new int[256];
    int[] wordCount = new int[256];
    /** The viable first-slot postings of the text's atoms, back to back. */
    int[] viable = new int[256];
    int viableSize;
    int tick;
    int epoch;

    /** The atoms of the text's words, for texts of up to {@link TokenAtoms#KEEP} tokens. */
    final TokenAtoms atoms;

    Scratch(int patterns, int atoms, int slots) {
      this.atoms = new TokenAtoms(64, atoms, slots);
      seenAt = new int[patterns];
      viableAt = new int[patterns];
      atomEpoch = new int[atoms];
      viableFrom = new int[atoms];
      viableCount = new int[atoms];
    }
  }

  public CueMatcher(List<CuePattern> patterns, Set<String> numberWords) {
    this.patterns = patterns.toArray(new CuePattern[0]);
    Map<String, Integer> exactAtoms = new HashMap<>();
    Map<String, Integer> prefixAtoms = new HashMap<>();
    int next = 0;
    this.numberAtom = next++;
    for (CuePattern p : patterns) {
      for (CuePattern.Slot s : p.slots()) {
        for (String w : s.exact()) {
          if (!exactAtoms.containsKey(w)) {
            exactAtoms.put(w, next++);
          }
        }
        for (String w : s.prefixes()) {
          if (!prefixAtoms.containsKey(w)) {
            prefixAtoms.put(w, next++);
          }
        }
      }
    }
    this.words = new LexiconWords(exactAtoms, prefixAtoms, numberWords);
    this.atomCount = next;
    this.slotAtoms = new int[this.patterns.length][][];
    this.requiredSlots = new int[this.patterns.length][];
    Map<List<Integer>, Integer> slotIds = new HashMap<>();
    List<int[]> distinct = new ArrayList<>();
    List<List<Integer>> postings = new ArrayList<>();
    for (int a = 0; a < atomCount; a++) {
      postings.add(new ArrayList<>(1));
    }
    for (int p = 0; p < this.patterns.length; p++) {
      List<CuePattern.Slot> slots = this.patterns[p].slots();
      slotAtoms[p] = new int[slots.size()][];
      for (int k = 0; k < slots.size(); k++) {
        TreeSet<Integer> atoms = new TreeSet<>();
        CuePattern.Slot s = slots.get(k);
        s.exact().forEach(w -> atoms.add(exactAtoms.get(w)));
        s.prefixes().forEach(w -> atoms.add(prefixAtoms.get(w)));
        if (s.number()) {
          atoms.add(numberAtom);
        }
        slotAtoms[p][k] = atoms.stream().mapToInt(Integer::intValue).toArray();
      }
      for (int a : slotAtoms[p][0]) {
        postings.get(a).add(p);
      }
      List<int[]> required = new ArrayList<>();
      for (int k = 1; k < slots.size(); k++) {
        if (!slots.get(k).optional()) {
          required.add(slotAtoms[p][k]);
        }
      }
      required.sort((x, y) -> Integer.compare(x.length, y.length));
      requiredSlots[p] = required.stream().mapToInt(atoms -> slotIds.computeIfAbsent(
          Arrays.stream(atoms).boxed().toList(), key -> {
            distinct.add(atoms);
            return distinct.size() - 1;
          })).toArray();
    }
    this.distinctSlots = distinct.toArray(new int[0][]);
    this.firstSlotPostings = new int[atomCount][];
    for (int a = 0; a < atomCount; a++) {
      firstSlotPostings[a] = postings.get(a).stream().mapToInt(Integer::intValue).toArray();
    }
    List<List<Integer>> slotsOfAtom = new ArrayList<>();
    for (int a = 0; a < atomCount; a++) {
      slotsOfAtom.add(new ArrayList<>(1));
    }
    for (int slot = 0; slot < distinctSlots.length; slot++) {
      for (int a : distinctSlots[slot]) {
        slotsOfAtom.get(a).add(slot);
      }
    }
    this.atomSlots = new int[atomCount][];
    for (int a = 0; a < atomCount; a++) {
      atomSlots[a] = slotsOfAtom.get(a).stream().mapToInt(Integer::intValue).toArray();
    }
    this.gapsBefore = new int[this.patterns.length][];
    this.optional = new boolean[this.patterns.length][];
    for (int p = 0; p < this.patterns.length; p++) {
      List<CuePattern.Slot> slots = this.patterns[p].slots();
      gapsBefore[p] = new int[slots.size()];
      optional[p] = new boolean[slots.size()];
      for (int k = 0; k < slots.size(); k++) {
        gapsBefore[p][k] = slots.get(k).gapBefore();
        optional[p][k] = slots.get(k).optional();
      }
    }
    int count = this.patterns.length;
    int atoms = atomCount;
    int slotCount = distinctSlots.length;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(count, atoms, slotCount));
  }

  public int patternCount() {
    return patterns.length;
  }

  /** All matches, in order of their first word; one match per pattern and start word (the shortest). */
  public List<CueMatch> find(Tokens tokens) {
    int n = tokens.size();
    List<CueMatch> matches = new ArrayList<>();
    if (n == 0) {
      return matches;
    }
    Scratch s = scratch.get();
    if (++s.epoch == Integer.MAX_VALUE / 2) {
      Arrays.fill(s.viableAt, 0);
      Arrays.fill(s.atomEpoch, 0);
      Arrays.fill(s.wordEpoch, 0);
      s.epoch = 1;
    }
    TokenAtoms atoms = atomsOf(tokens, s);
    s.viableSize = 0;
    for (int i = 0; i < n; i++) {
      if (++s.tick == Integer.MAX_VALUE) {
        Arrays.fill(s.seenAt, 0);
        s.tick = 1;
      }
      for (int k = atoms.start[i]; k < atoms.start[i + 1]; k++) {
        int atom = atoms.atoms[k];
        if (s.atomEpoch[atom] != s.epoch) {
          viablePostings(atom, atoms, s);
        }
        int from = s.viableFrom[atom];
        for (int v = from, to = from + s.viableCount[atom]; v < to; v++) {
          int p = s.viable[v];
          if (s.seenAt[p] == s.tick) {
            continue; // reached through another atom of the same word
          }
          s.seenAt[p] = s.tick;
          int end = matchFrom(p, 1, atoms, i + 1, tokens.sentence(i), tokens);
          if (end >= 0) {
            matches.add(new CueMatch(patterns[p], tokens, i, end));
          }
        }
      }
    }
    return matches;
  }

  /**
   * Keeps, once per text and atom, the patterns starting with the atom that are viable in this text: a common word
   * ("i", "you") starts hundreds of patterns, and its later occurrences then walk only the few that can match.
   */
  private void viablePostings(int atom, TokenAtoms atoms, Scratch s) {
    int[] postings = firstSlotPostings[atom];
    if (s.viableSize + postings.length > s.viable.length) {
      s.viable = Arrays.copyOf(s.viable, Math.max(s.viable.length * 2, s.viableSize + postings.length));
    }
    int from = s.viableSize;
    for (int p : postings) {
      if (viable(p, atoms, s)) {
        s.viable[s.viableSize++] = p;
      }
    }
    s.atomEpoch[atom] = s.epoch;
    s.viableFrom[atom] = from;
    s.viableCount[atom] = s.viableSize - from;
  }

  /** Whether every required slot of pattern {@code p} has one of its atoms somewhere in the text (cached). */
  private boolean viable(int p, TokenAtoms atoms, Scratch s) {
    int mark = s.viableAt[p];
    if (mark == 2 * s.epoch + 1) {
      return true;
    }
    if (mark == 2 * s.epoch) {
      return false;
    }
    boolean ok = true;
    for (int slot : requiredSlots[p]) {
      if ((atoms.slots[slot >>> 6] & (1L << slot)) == 0) {
        ok = false;
        break;
      }
    }
    s.viableAt[p] = 2 * s.epoch + (ok ? 1 : 0);
    return ok;
  }

  /**
   * Matches slots[k..] of pattern {@code p} at word {@code pos} within one sentence; returns the end word index
   * (exclusive) or -1. Bounded by the gaps.
   */
  private int matchFrom(int p, int k, TokenAtoms atoms, int pos, int sentence, Tokens tokens) {
    int[][] slots = slotAtoms[p];
    if (k == slots.length) {
      return pos;
    }
    int limit = Math.min(tokens.size() - 1, pos + gapsBefore[p][k]);
    for (int q = pos; q <= limit && tokens.sentence(q) == sentence; q++) {
      if (atoms.matches(q, slots[k])) {
        int end = matchFrom(p, k + 1, atoms, q + 1, sentence, tokens);
        if (end >= 0) {
          return end;
        }
      }
    }
    return optional[p][k] ? matchFrom(p, k + 1, atoms, pos, sentence, tokens) : -1;
  }

  /** The atoms of every word of a text, flat, and the set of atoms present anywhere in it. */
  private static final class TokenAtoms implements LexiconWords.AtomSink {
    /** A thread keeps arrays for up to this many tokens between texts; a longer text's are made for it alone. */
    static final int KEEP = 1 << 14;
    int[] start;
    int[] atoms;
    int size;
    final long[] present;
    /** The distinct slots with an atom in the text ({@link #markSlots}). */
    final long[] slots;

    TokenAtoms(int tokens, int atomCount, int slotCount) {
      start = new int[tokens + 1];
      atoms = new int[Math.max(16, tokens * 2)];
      present = new long[(atomCount + 63) >>> 6];
      slots = new long[(slotCount + 63) >>> 6];
    }

    /** Emptied for a text of {@code tokens} tokens (the thread's instance is reused text after text). */
    void reset(int tokens) {
      for (int k = 0; k < size; k++) { // the bits set are those of the atoms added: cheaper than clearing all
        present[atoms[k] >>> 6] = 0;
      }
      size = 0;
      Arrays.fill(slots, 0);
      if (start.length < tokens + 1) {
        start = new int[tokens + 1];
      }
      if (atoms.length < tokens * 2 || atoms.length > 8 * KEEP) { // grown by a text of many atoms per word
        atoms = new int[Math.max(16, tokens * 2)];
      }
    }

    void markSlots(int[][] atomSlots) {
      for (int w = 0; w < present.length; w++) {
        for (long bits = present[w]; bits != 0; bits &= bits - 1) {
          for (int slot : atomSlots[(w << 6) + Long.numberOfTrailingZeros(bits)]) {
            slots[slot >>> 6] |= 1L << slot;
          }
        }
      }
    }

    @Override
    public void add(int atom) {
      if (size == atoms.length) {
        atoms = Arrays.copyOf(atoms, size * 2);
      }
      atoms[size++] = atom;
      present[atom >>> 6] |= 1L << atom;
    }

    boolean matches(int token, int[] slot) {
      for (int k = start[token]; k < start[token + 1]; k++) {
        if (Arrays.binarySearch(slot, atoms[k]) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** Each distinct word's atoms are found once per text ({@link LexiconWords}); its repetitions copy them. */
  private TokenAtoms atomsOf(Tokens tokens, Scratch s) {
    int n = tokens.size();
    TokenAtoms t;
    if (n > TokenAtoms.KEEP) {
      t = new TokenAtoms(n, atomCount, distinctSlots.length);
    } else {
      t = s.atoms;
      t.reset(n);
    }
    if (s.wordEpoch.length < tokens.distinctWords()) {
      int room = Math.max(s.wordEpoch.length * 2, tokens.distinctWords());
      s.wordEpoch = Arrays.copyOf(s.wordEpoch, room);
      s.wordFrom = new int[room];
      s.wordCount = new int[room];
    }
    for (int i = 0; i < n; i++) {
      t.start[i] = t.size;
      int id = tokens.wordId(i);
      if (id >= 0 && s.wordEpoch[id] == s.epoch) {
        for (int k = s.wordFrom[id], end = k + s.wordCount[id]; k < end; k++) {
          t.add(t.atoms[k]);
        }
        continue;
      }
      atomsOfWord(tokens.word(i), t);
      if (id >= 0) {
        s.wordEpoch[id] = s.epoch;
        s.wordFrom[id] = t.start[i];
        s.wordCount[id] = t.size - t.start[i];
      }
    }
    t.start[n] = t.size;
    t.markSlots(atomSlots);
    return t;
  }

  private void atomsOfWord(String word, TokenAtoms t) {
    if (words.lookUp(word, t) || CuePattern.isDigits(word)) {
      t.add(numberAtom);
    }
  }
}
