package org.sextortionshield.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.text.Tokens;

/**
 * Finds every cue of a lexicon in a token sequence. Candidate patterns come from a character trie over each pattern's
 * first word (exact words and prefixes), so the cost per word is its length plus the few candidates it selects;
 * verification walks the remaining slots with bounded gaps, never past the end of the sentence. No regular
 * expressions touch message text.
 */
public final class CueMatcher {
  private final Node root = new Node();
  private final List<CuePattern> numberFirst = new ArrayList<>();
  private final Set<String> numberWords;
  private final int patternCount;

  private static final class Node {
    private final Node[] ascii = new Node[36];
    private Map<Character, Node> other;
    private List<CuePattern> exact;
    private List<CuePattern> prefix;

    Node child(char c, boolean create) {
      int idx = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
      if (idx >= 0) {
        if (ascii[idx] == null && create) {
          ascii[idx] = new Node();
        }
        return ascii[idx];
      }
      if (other == null) {
        if (!create) {
          return null;
        }
        other = new HashMap<>();
      }
      return create ? other.computeIfAbsent(c, k -> new Node()) : other.get(c);
    }
  }

  public CueMatcher(List<CuePattern> patterns, Set<String> numberWords) {
    this.numberWords = Set.copyOf(numberWords);
    for (CuePattern p : patterns) {
      CuePattern.Slot first = p.slots().get(0);
      if (first.number()) {
        numberFirst.add(p);
      }
      for (String w : first.exact()) {
        Node n = walk(w);
        if (n.exact == null) {
          n.exact = new ArrayList<>(2);
        }
        n.exact.add(p);
      }
      for (String w : first.prefixes()) {
        Node n = walk(w);
        if (n.prefix == null) {
          n.prefix = new ArrayList<>(2);
        }
        n.prefix.add(p);
      }
    }
    this.patternCount = patterns.size();
  }

  private Node walk(String word) {
    Node n = root;
    for (int i = 0; i < word.length(); i++) {
      n = n.child(word.charAt(i), true);
    }
    return n;
  }

  public int patternCount() {
    return patternCount;
  }

  /** All matches, in order of their first word; one match per pattern and start word (the shortest). */
  public List<CueMatch> find(Tokens tokens) {
    List<CueMatch> matches = new ArrayList<>();
    int size = tokens.size();
    for (int i = 0; i < size; i++) {
      String word = tokens.word(i);
      if (!numberFirst.isEmpty() && (CuePattern.isDigits(word) || numberWords.contains(word))) {
        verifyAll(numberFirst, tokens, i, matches);
      }
      Node n = root;
      for (int k = 0; k < word.length() && n != null; k++) {
        n = n.child(word.charAt(k), false);
        if (n == null) {
          break;
        }
        if (n.prefix != null) {
          verifyAll(n.prefix, tokens, i, matches);
        }
        if (k == word.length() - 1 && n.exact != null) {
          verifyAll(n.exact, tokens, i, matches);
        }
      }
    }
    return matches;
  }

  private void verifyAll(List<CuePattern> candidates, Tokens tokens, int start, List<CueMatch> out) {
    for (int c = 0; c < candidates.size(); c++) {
      CuePattern p = candidates.get(c);
      int end = matchFrom(p.slots(), 1, tokens, start + 1, tokens.sentence(start));
      if (end >= 0) {
        out.add(new CueMatch(p, tokens, start, end));
      }
    }
  }

  /**
   * Matches slots[k..] at word {@code pos} within one sentence; returns the end word index (exclusive) or -1.
   * Bounded by the gaps.
   */
  private int matchFrom(List<CuePattern.Slot> slots, int k, Tokens tokens, int pos, int sentence) {
    if (k == slots.size()) {
      return pos;
    }
    CuePattern.Slot slot = slots.get(k);
    int limit = Math.min(tokens.size() - 1, pos + slot.gapBefore());
    for (int p = pos; p <= limit && tokens.sentence(p) == sentence; p++) {
      if (slot.matches(tokens.word(p), numberWords)) {
        int end = matchFrom(slots, k + 1, tokens, p + 1, sentence);
        if (end >= 0) {
          return end;
        }
      }
    }
    return slot.optional() ? matchFrom(slots, k + 1, tokens, pos, sentence) : -1;
  }
}
