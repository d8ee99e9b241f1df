package org.sextortionshield.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.text.TextNormalizer;

/**
 * Turns a prepared message into hashed features: word n-grams and character n-grams of the words (from
 * {@link Terms}, i.e. the engine's normalised visible text with list tags and footers already removed), plus one
 * feature per fired signal and per pair of fired signals (a linear model cannot see "these two together" otherwise).
 * Three blocks, each scaled on its own: words, characters, signals. The same walk
 * ({@link #visit}) serves training, prediction and explanation, so they can never disagree about what a feature is.
 */
public final class FeatureExtractor {
  /** The three kinds of feature. */
  public enum Block { WORDS, CHARS, SIGNALS }

  /** Receives every feature occurrence of a message, in text order. */
  public interface Visitor {
    /**
     * One occurrence. For {@code WORDS}, terms [first, first + count) of {@code terms}; for {@code CHARS}, letters
     * of the word {@code first}; for {@code SIGNALS}, {@code terms} is null and {@code signal} names it.
     */
    void feature(Block block, int bucket, Terms terms, int first, int count, String signal);
  }

  private static final char WORD_START = '\u0002';
  private static final char WORD_END = '\u0003';
  private final FeatureConfig config;
  private final int mask;

  public FeatureExtractor(FeatureConfig config) {
    this.config = config;
    this.mask = config.dimension() - 1;
  }

  public FeatureConfig config() {
    return config;
  }

  /** The visible segments' terms, within the message's term budget. */
  public List<Terms> terms(MessageContent content) {
    Set<String> names = recipientNames(content);
    List<Terms> out = new ArrayList<>();
    int budget = config.maxTerms();
    for (TextSegment segment : content.visibleSegments()) {
      if (budget <= 0) {
        break;
      }
      Terms t = Terms.of(segment, names, budget);
      budget -= t.size();
      out.add(t);
    }
    return out;
  }

  public FeatureVector extract(MessageContent content, List<String> signals) {
    return extract(terms(content), signals);
  }

  public FeatureVector extract(List<Terms> terms, List<String> signals) {
    Collector c = new Collector();
    visit(terms, signals, c);
    return FeatureVector.sum(FeatureVector.ofCounts(c.words, c.wordCount, true),
        FeatureVector.ofCounts(c.chars, c.charCount, true), FeatureVector.ofCounts(c.signals, c.signalCount, false));
  }

  public void visit(List<Terms> segments, List<String> signals, Visitor v) {
    for (Terms t : segments) {
      int[] hashes = new int[t.size()];
      for (int i = 0; i < t.size(); i++) {
        hashes[i] = FeatureHash.string(FeatureHash.WORD, t.term(i));
      }
      for (int i = 0; i < t.size(); i++) {
        int h = FeatureHash.WORD;
        for (int n = 1; n <= config.wordNgrams() && i + n <= t.size(); n++) {
          h = FeatureHash.mix(h, hashes[i + n - 1]);
          v.feature(Block.WORDS, FeatureHash.finish(h, n) & mask, t, i, n, null);
        }
        charGrams(t, i, v);
      }
    }
    for (int i = 0; i < signals.size(); i++) {
      String s = signals.get(i);
      v.feature(Block.SIGNALS, FeatureHash.string(FeatureHash.SIGNAL, s) & mask, null, 0, 0, s);
      for (int j = i + 1; j < signals.size(); j++) {
        String pair = s.compareTo(signals.get(j)) < 0 ? s + " + " + signals.get(j) : signals.get(j) + " + " + s;
        v.feature(Block.SIGNALS, FeatureHash.string(FeatureHash.SIGNAL, pair) & mask, null, 0, 0, pair);
      }
    }
  }

  private void charGrams(Terms t, int index, Visitor v) {
    String w = t.term(index);
    if (Terms.isPlaceholder(w) || w.length() > FeatureConfig.MAX_CHAR_GRAM_WORD) {
      return;
    }
    int len = w.length() + 2;
    for (int start = 0; start < len; start++) {
      int h = FeatureHash.CHARS;
      for (int n = 1; n <= config.charMax() && start + n <= len; n++) {
        int p = start + n - 1;
        h = FeatureHash.mix(h, p == 0 ? WORD_START : p == len - 1 ? WORD_END : w.charAt(p - 1));
        if (n >= config.charMin()) {
          v.feature(Block.CHARS, FeatureHash.finish(h, n) & mask, t, index, 1, null);
        }
      }
    }
  }

  /** Words that name the recipient (address local part, display name), which scams put in to look personal. */
  static Set<String> recipientNames(MessageContent content) {
    Set<String> names = new HashSet<>();
    for (MailAddress a : content.recipients()) {
      addWords(a.localPart(), names);
      addWords(a.displayName(), names);
    }
    return names;
  }

  private static void addWords(String s, Set<String> out) {
    String n = TextNormalizer.forMatching(s).text();
    int i = 0;
    while (i < n.length()) {
      int start = i;
      while (i < n.length() && Character.isLetter(n.charAt(i))) {
        i++;
      }
      if (i - start >= 3) {
        out.add(n.substring(start, i));
      }
      i = Math.max(i, start + 1);
    }
  }

  private static final class Collector implements Visitor {
    int[] words = new int[256];
    int wordCount;
    int[] chars = new int[1024];
    int charCount;
    int[] signals = new int[16];
    int signalCount;

    @Override
    public void feature(Block block, int bucket, Terms terms, int first, int count, String signal) {
      switch (block) {
        case WORDS -> {
          words = grow(words, wordCount);
          words[wordCount++] = bucket;
        }
        case CHARS -> {
          chars = grow(chars, charCount);
          chars[charCount++] = bucket;
        }
        case SIGNALS -> {
          signals = grow(signals, signalCount);
          signals[signalCount++] = bucket;
        }
      }
    }

    private static int[] grow(int[] a, int size) {
      return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }
  }
}
