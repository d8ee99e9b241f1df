package org.sextortionshield.core.model;

import java.util.ArrayList;
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
 * Three blocks, each scaled on its own: words, characters, signals. The same walk serves training, prediction and
 * explanation ({@link #extract}, {@link #visit}), so they can never disagree about what a feature is.
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

  private final FeatureConfig config;
  private final int mask;
  private final SignalHashes signalHashes = new SignalHashes();
  private final WordGrams wordGrams;

  public FeatureExtractor(FeatureConfig config) {
    this.config = config;
    this.mask = config.dimension() - 1;
    this.wordGrams = new WordGrams(config);
  }

  public FeatureConfig config() {
    return config;
  }

  /** The visible segments' terms, within the message's term budget. */
  public List<Terms> terms(MessageContent content) {
    RecipientNames names = RecipientNames.of(recipientNames(content));
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
    Occurrences o = Occurrences.scratch();
    walk(terms, signals, o);
    return o.vector();
  }

  /** Every feature occurrence in text order, with what produced it (for explanations). */
  Occurrences occurrences(List<Terms> segments, List<String> signals) {
    Occurrences o = new Occurrences(true);
    walk(segments, signals, o);
    return o;
  }

  public void visit(List<Terms> segments, List<String> signals, Visitor v) {
    Occurrences o = occurrences(segments, signals);
    for (int k = 0; k < o.size; k++) {
      Block block = FeatureVector.blockOf(o.keys[k]);
      int bucket = FeatureVector.bucketOf(o.keys[k]);
      if (block == Block.SIGNALS) {
        v.feature(block, bucket, null, 0, 0, signalName(signals, o.firsts[k], o.counts[k]));
      } else {
        v.feature(block, bucket, segments.get(o.segments[k]), o.firsts[k], o.counts[k], null);
      }
    }
  }

  /** Signal {@code i}, or with {@code pair >= 0} the pair feature of signals {@code i} and {@code pair}. */
  static String signalName(List<String> signals, int i, int pair) {
    String s = signals.get(i);
    if (pair < 0) {
      return s;
    }
    String other = signals.get(pair);
    return s.compareTo(other) < 0 ? s + " + " + other : other + " + " + s;
  }

  /** The one walk over a message's features that training, prediction and explanation all use. */
  private void walk(List<Terms> segments, List<String> signals, Occurrences out) {
    out.begin(config.maxTerms(), config.hashBits());
    for (int s = 0; s < segments.size(); s++) {
      Terms t = segments.get(s);
      for (int i = 0; i < t.size(); i++) {
        int h = FeatureHash.WORD;
        for (int n = 1; n <= config.wordNgrams() && i + n <= t.size(); n++) {
          h = FeatureHash.mix(h, t.hash(i + n - 1));
          out.add(FeatureVector.key(Block.WORDS, FeatureHash.finish(h, n) & mask), s, i, n);
        }
        charGrams(segments, s, i, out);
      }
    }
    signalFeatures(signals, out);
  }

  /** One feature per signal and per pair of signals. */
  private void signalFeatures(List<String> signals, Occurrences out) {
    SignalHashes.Lookup hashes = signalHashes.of(signals);
    for (int i = 0; i < signals.size(); i++) {
      out.add(FeatureVector.key(Block.SIGNALS, hashes.single(i) & mask), -1, i, -1);
      for (int j = i + 1; j < signals.size(); j++) {
        out.add(FeatureVector.key(Block.SIGNALS, hashes.pair(i, j) & mask), -1, i, j);
      }
    }
  }

  /**
   * The decision value of {@code model} for a message: {@code model.decision(extract(content, signals))}, bit for bit,
   * without making its {@link Terms} or vector. The fast path of a prediction: the terms come from {@link TermWalk},
   * each distinct word's unigram and letter n-grams are written once with its count, and the letter n-grams of a
   * segment's words are hashed all together ({@link GramBatch}).
   */
  public double decision(MessageContent content, List<String> signals, LinearModel model) {
    Occurrences out = Occurrences.scratch();
    out.begin(config.maxTerms(), config.hashBits());
    TermWalk walk = TermWalk.scratch();
    RecipientNames names = RecipientNames.of(recipientNames(content));
    int budget = config.maxTerms();
    for (TextSegment segment : content.visibleSegments()) {
      if (budget <= 0) {
        break;
      }
      budget -= walk.walk(segment, names, budget);
      wordFeatures(walk, out);
    }
    signalFeatures(signals, out);
    return out.decision(model);
  }

  /** The word and letter n-gram features of the segment just walked. */
  private void wordFeatures(TermWalk walk, Occurrences out) {
    GramBatch batch = out.batch;
    batch.begin(out.keyBits());
    int most = out.mostRepeats();
    for (int m = 0; m < walk.madeCount(); m++) {
      int w = walk.made(m);
      int count = walk.count(w);
      if (count == 0) {
        continue;
      }
      int from = out.size;
      out.reserve(1)[from] = FeatureVector.key(Block.WORDS, FeatureHash.finish(walk.head(w), 1) & mask);
      out.size = from + 1;
      int length = walk.charLength(w);
      if (length >= 0 && length <= FeatureConfig.MAX_CHAR_GRAM_WORD) {
        if (count - 1 <= most) { // the usual case: the letter n-grams with the others, their repeats in their keys
          batch.add(wordGrams, walk.chars(), walk.charStart(w), length, count - 1);
        } else {
          int[] keys = out.reserve(wordGrams.room(length));
          out.size = wordGrams.keys(walk.chars(), walk.charStart(w), length, out.gramScratch, keys, from + 1);
        }
      }
      out.repeat(from, out.size, count);
    }
    out.size = batch.keys(wordGrams, out.reserve(batch.room() + 1), out.size);
    // the longer word n-grams, position by position (most are met once), written in one go
    int terms = walk.size();
    int longest = config.wordNgrams();
    int[] keys = out.reserve(terms * (longest - 1));
    int k = out.size;
    for (int i = 0; i < terms; i++) {
      int h = walk.head(walk.word(i));
      for (int n = 2; n <= longest && i + n <= terms; n++) {
        h = FeatureHash.mixScrambled(h, walk.scrambled(walk.word(i + n - 1)));
        keys[k++] = FeatureVector.key(Block.WORDS, FeatureHash.finish(h, n) & mask);
      }
    }
    out.size = k;
  }

  /**
   * Letter n-grams of word {@code index}, padded with word-boundary marks; none for placeholders and blobs. A word
   * met before in the message copies the keys its first occurrence made.
   */
  private void charGrams(List<Terms> segments, int segment, int index, Occurrences out) {
    Terms t = segments.get(segment);
    int length = t.charLength(index);
    if (t.isPlaceholder(index) || length > FeatureConfig.MAX_CHAR_GRAM_WORD) {
      return;
    }
    int slot = out.grams.find(segments, segment, index);
    if (slot >= 0 && !out.withOrigins) {
      out.grams.repeat(slot); // the vector counts its keys once more; nothing to copy or sort
      return;
    }
    if (slot >= 0) {
      int count = out.grams.count(slot);
      int[] keys = out.reserve(count);
      System.arraycopy(keys, out.grams.offset(slot), keys, out.size, count);
      out.commit(out.size + count, segment, index, 1);
      return;
    }
    int from = out.size;
    int[] keys = out.reserve(wordGrams.room(length));
    int k = wordGrams.keys(t.chars(), t.charStart(index), length, out.gramScratch, keys, from);
    out.commit(k, segment, index, 1);
    out.grams.put(-1 - slot, segment, index, from, k - from);
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
}
