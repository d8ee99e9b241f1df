package org.sextortionshield.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.text.Tokens;

/**
 * Cue matching by its definition, pattern by pattern, with no index: what {@link CueMatcher} must equal, matches in
 * the same order. At each word the patterns are tried in the order a word's lexicon atoms come (the prefixes it
 * starts with, shortest first, then the word itself, then "a number"), each atom's patterns in lexicon order, each
 * pattern once. (Patterns are told apart by their place in the lexicon: two lines may compile to equal ones.)
 */
final class NaiveCueMatcher {
  private final Lexicon lexicon;
  private final List<CuePattern> patterns;
  /** The patterns whose first slot holds a prefix, a word, or a number, by the prefix or word: just an index. */
  private final Map<String, List<Integer>> byPrefix = new HashMap<>();
  private final Map<String, List<Integer>> byWord = new HashMap<>();
  private final List<Integer> byNumber = new ArrayList<>();

  NaiveCueMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.patterns = lexicon.patterns();
    for (int p = 0; p < patterns.size(); p++) {
      CuePattern.Slot first = patterns.get(p).slots().get(0);
      for (String prefix : first.prefixes()) {
        byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(p);
      }
      for (String word : first.exact()) {
        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
      }
      if (first.number()) {
        byNumber.add(p);
      }
    }
  }

  List<CueMatch> find(Tokens tokens) {
    List<CueMatch> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int index : startingAt(tokens.word(i))) {
        CuePattern p = patterns.get(index);
        int end = matchFrom(p, 1, tokens, i + 1, tokens.sentence(i));
        if (end >= 0) {
          out.add(new CueMatch(p, tokens, i, end));
        }
      }
    }
    return out;
  }

  /** The patterns whose first slot takes {@code word}, in the order of the word's atoms, then of the lexicon. */
  private Set<Integer> startingAt(String word) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int length = 1; length <= word.length(); length++) {
      out.addAll(byPrefix.getOrDefault(word.substring(0, length), List.of()));
    }
    out.addAll(byWord.getOrDefault(word, List.of()));
    if (isNumber(word)) {
      out.addAll(byNumber);
    }
    return out;
  }

  private boolean isNumber(String word) {
    return lexicon.number(word) != null || CuePattern.isDigits(word);
  }

  private boolean accepts(CuePattern.Slot slot, String word) {
    if (slot.exact().contains(word) || slot.number() && isNumber(word)) {
      return true;
    }
    for (String prefix : slot.prefixes()) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private int matchFrom(CuePattern p, int k, Tokens tokens, int pos, int sentence) {
    if (k == p.slots().size()) {
      return pos;
    }
    CuePattern.Slot slot = p.slots().get(k);
    int limit = Math.min(tokens.size() - 1, pos + slot.gapBefore());
    for (int q = pos; q <= limit && tokens.sentence(q) == sentence; q++) {
      if (accepts(slot, tokens.word(q))) {
        int end = matchFrom(p, k + 1, tokens, q + 1, sentence);
        if (end >= 0) {
          return end;
        }
      }
    }
    return slot.optional() ? matchFrom(p, k + 1, tokens, pos, sentence) : -1;
  }
}
