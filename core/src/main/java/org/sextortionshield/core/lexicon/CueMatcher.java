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
 * {@link LexiconWords}) and a bitset records which atoms occur at all, and from them which slots (patterns built
 * from the same word classes share slots). A pattern can match only where every required slot, its first included,
 * has some atom in the text. Each pattern is filed under the atoms of its <em>key</em> slot, the required slot
 * whose words are guessed to be rarest in mail (longer words the lexicon uses less: "you" and "i" begin hundreds of
 * patterns), so finding the viable patterns of a text walks the key postings of its atoms instead of every pattern
 * its common words begin. The viable patterns are then listed under the atoms of their first slot, in pattern order,
 * and a word walks only the lists of its atoms.
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
   * [pattern][slot] the slot's atoms folded into 64 bits (bit {@code atom % 64}): an atom whose bit is clear is not in
   * the slot, so most words of a verification walk are turned away without a search.
   */
  private final long[][] slotBits;
  /** [pattern] every required slot, its first included, as ids of distinct slots, most selective first. */
  private final IntLists requiredSlots;
  /** [distinct slot id] its sorted atoms. */
  private final int[][] distinctSlots;
  /** [atom] the patterns whose key slot holds the atom, in pattern order. */
  private final IntLists keyPostings;
  /** [pattern] its first slot's atoms (as {@link #slotAtoms}), for listing the viable patterns under them. */
  private final IntLists firstSlots;
  /** [atom] the distinct slots that hold the atom. */
  private final IntLists atomSlots;
  /** [pattern][slot] the slot's gap before it, and whether it is optional: read in the verification walk. */
  private final int[][] gapsBefore;
  private final boolean[][] optional;
  private final ThreadLocal<CueScratch> scratch;

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
    this.slotBits = new long[this.patterns.length][];
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
      slotBits[p] = new long[slots.size()];
      for (int k = 0; k < slots.size(); k++) {
        for (int a : slotAtoms[p][k]) {
          slotBits[p][k] |= 1L << a;
        }
      }
    }
    int[] uses = commonness(exactAtoms, prefixAtoms);
    int[][] requiredOf = new int[this.patterns.length][];
    Map<List<Integer>, Integer> slotIds = new HashMap<>();
    List<int[]> distinct = new ArrayList<>();
    List<List<Integer>> postings = emptyLists(atomCount);
    for (int p = 0; p < this.patterns.length; p++) {
      List<int[]> required = new ArrayList<>();
      List<CuePattern.Slot> slots = this.patterns[p].slots();
      for (int k = 0; k < slots.size(); k++) {
        if (!slots.get(k).optional()) {
          required.add(slotAtoms[p][k]);
        }
      }
      required.sort((x, y) -> Long.compare(commonness(x, uses), commonness(y, uses)));
      for (int a : required.get(0)) {
        postings.get(a).add(p);
      }
      requiredOf[p] = required.stream().mapToInt(atoms -> slotIds.computeIfAbsent(
          Arrays.stream(atoms).boxed().toList(), key -> {
            distinct.add(atoms);
            return distinct.size() - 1;
          })).toArray();
    }
    this.distinctSlots = distinct.toArray(new int[0][]);
    this.requiredSlots = new IntLists(requiredOf);
    this.keyPostings = new IntLists(toArrays(postings));
    this.firstSlots = new IntLists(Arrays.stream(slotAtoms).map(slots -> slots[0]).toArray(int[][]::new));
    List<List<Integer>> slotsOfAtom = emptyLists(atomCount);
    for (int slot = 0; slot < distinctSlots.length; slot++) {
      for (int a : distinctSlots[slot]) {
        slotsOfAtom.get(a).add(slot);
      }
    }
    this.atomSlots = new IntLists(toArrays(slotsOfAtom));
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
    int longest = words.longest();
    this.scratch = ThreadLocal.withInitial(() -> new CueScratch(count, atoms, slotCount, longest));
  }

  /**
   * [atom] how common the atom is guessed to be in mail: the more pattern slots use it and the shorter it is, the
   * more common (function words are short and the lexicon needs them everywhere); a prefix counts as a letter
   * shorter, since it takes many words. The number atom (any number in digits) is the most common of all. Only
   * speed depends on the guess: it picks which slot a pattern is filed under.
   */
  private int[] commonness(Map<String, Integer> exactAtoms, Map<String, Integer> prefixAtoms) {
    long[] uses = new long[atomCount];
    for (int[][] slots : slotAtoms) {
      for (int[] slot : slots) {
        for (int a : slot) {
          uses[a]++;
        }
      }
    }
    int[] length = new int[atomCount];
    exactAtoms.forEach((w, a) -> length[a] = w.length());
    prefixAtoms.forEach((w, a) -> length[a] = w.length() - 1);
    int[] out = new int[atomCount];
    for (int a = 0; a < atomCount; a++) {
      int shortness = 10 - Math.max(1, Math.min(length[a], 9));
      out[a] = (int) Math.min(Integer.MAX_VALUE / 4, uses[a] << (2 * shortness));
    }
    out[numberAtom] = Integer.MAX_VALUE / 4;
    return out;
  }

  /** How likely a slot is to be present in a text: the commonness of its atoms, summed. */
  private static long commonness(int[] slot, int[] uses) {
    long sum = 0;
    for (int a : slot) {
      sum += uses[a];
    }
    return sum;
  }

  private static List<List<Integer>> emptyLists(int n) {
    List<List<Integer>> lists = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      lists.add(new ArrayList<>(1));
    }
    return lists;
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int a = 0; a < out.length; a++) {
      out[a] = lists.get(a).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
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
    CueScratch s = scratch.get();
    s.nextText();
    CueScratch.TokenAtoms atoms = atomsOf(tokens, s);
    listViable(atoms, s);
    for (int i = 0; i < n; i++) {
      s.nextToken();
      for (int k = atoms.from[i], last = atoms.to[i]; k < last; k++) {
        int atom = atoms.atoms[k];
        if (s.atomEpoch[atom] != s.epoch) {
          continue; // no viable pattern begins with it
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
   * Lists, under each atom present in the text, the viable patterns whose first slot holds it, in pattern order (the
   * order the patterns' first-slot postings had): a pattern is viable when every required slot has an atom in the
   * text, and only the patterns filed under the text's atoms by their key slot are asked.
   */
  private void listViable(CueScratch.TokenAtoms atoms, CueScratch s) {
    int viable = 0;
    int[] postingsAt = keyPostings.at;
    int[] postings = keyPostings.items;
    for (int d = 0; d < atoms.distinct; d++) {
      int atom = atoms.distinctAtom(d);
      for (int k = postingsAt[atom], end = postingsAt[atom + 1]; k < end; k++) {
        int p = postings[k];
        if (s.askedAt[p] != s.epoch) {
          s.askedAt[p] = s.epoch;
          if (allPresent(p, atoms.slots)) {
            viable = s.addCandidate(viable, p);
          }
        }
      }
    }
    Arrays.sort(s.candidates, 0, viable);
    int[] firstAt = firstSlots.at;
    int[] first = firstSlots.items;
    for (int c = 0; c < viable; c++) { // how many under each atom
      int p = s.candidates[c];
      for (int k = firstAt[p], end = firstAt[p + 1]; k < end; k++) {
        if (atoms.has(first[k])) {
          s.count(first[k]);
        }
      }
    }
    s.placeLists();
    for (int c = 0; c < viable; c++) {
      int p = s.candidates[c];
      for (int k = firstAt[p], end = firstAt[p + 1]; k < end; k++) {
        int a = first[k];
        if (atoms.has(a)) {
          s.viable[s.viableFrom[a] + s.viableCount[a]++] = p;
        }
      }
    }
  }

  /** Whether every required slot of pattern {@code p} is among the {@code present} slots. */
  private boolean allPresent(int p, long[] present) {
    int[] slots = requiredSlots.items;
    for (int k = requiredSlots.at[p], end = requiredSlots.at[p + 1]; k < end; k++) {
      int slot = slots[k];
      if ((present[slot >>> 6] & (1L << slot)) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Matches slots[k..] of pattern {@code p} at word {@code pos} within one sentence; returns the end word index
   * (exclusive) or -1. Bounded by the gaps.
   */
  private int matchFrom(int p, int k, CueScratch.TokenAtoms atoms, int pos, int sentence, Tokens tokens) {
    int[][] slots = slotAtoms[p];
    if (k == slots.length) {
      return pos;
    }
    int limit = Math.min(tokens.size() - 1, pos + gapsBefore[p][k]);
    long bits = slotBits[p][k];
    for (int q = pos; q <= limit && tokens.sentence(q) == sentence; q++) {
      if (atoms.matches(q, slots[k], bits)) {
        int end = matchFrom(p, k + 1, atoms, q + 1, sentence, tokens);
        if (end >= 0) {
          return end;
        }
      }
    }
    return optional[p][k] ? matchFrom(p, k + 1, atoms, pos, sentence, tokens) : -1;
  }

  /** Each distinct word's atoms are found once per text ({@link LexiconWords}); its repetitions point at them. */
  private CueScratch.TokenAtoms atomsOf(Tokens tokens, CueScratch s) {
    int n = tokens.size();
    CueScratch.TokenAtoms t = s.atomsFor(n, tokens.distinctWords());
    for (int i = 0; i < n; i++) {
      int id = tokens.wordId(i);
      if (id >= 0 && s.wordEpoch[id] == s.epoch) {
        t.from[i] = s.wordFrom[id];
        t.to[i] = s.wordTo[id];
        continue;
      }
      int from = t.size;
      atomsOfWord(tokens.word(i), s.chars, t);
      t.from[i] = from;
      t.to[i] = t.size;
      if (id >= 0) {
        s.wordEpoch[id] = s.epoch;
        s.wordFrom[id] = from;
        s.wordTo[id] = t.size;
      }
    }
    t.markSlots(atomSlots);
    return t;
  }

  private void atomsOfWord(String word, char[] buffer, CueScratch.TokenAtoms t) {
    if (words.lookUp(word, buffer, t) || CuePattern.isDigits(word)) {
      t.add(numberAtom);
    }
  }
}
