package org.sextortionshield.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.content.MessageContent;

/**
 * Applies a {@link LinearModel} to a prepared message and explains the result. The explanation re-derives the
 * message's own n-grams and shares each bucket's contribution (weight × value) equally among the distinct words or
 * phrases that produced it; a word's letter n-grams count toward the word, and the signals' features count together
 * (the verdict shows the signals' own evidence). The shares add up exactly to the decision value less the bias, so
 * the top items are an honest account of what pushed the probability.
 */
public final class Predictor {
  public static final int TOP_FEATURES = 8;
  private final LinearModel model;
  private final FeatureExtractor extractor;

  public Predictor(LinearModel model) {
    this.model = model;
    this.extractor = new FeatureExtractor(model.config());
  }

  public LinearModel model() {
    return model;
  }

  public FeatureExtractor extractor() {
    return extractor;
  }

  /**
   * The model's opinion of a message. The probability is computed now; the explanation when first asked for
   * ({@link ModelOpinion#topFeatures()}), since a verdict on a mail server never shows it.
   *
   * @param secrets values (a quoted password) no explanation may show; items quoting them are left out
   */
  public ModelOpinion judge(MessageContent content, List<String> signals, Set<String> secrets) {
    List<String> signalsNow = List.copyOf(signals);
    double probability = model.probabilityOf(extractor.decision(content, signalsNow, model));
    return ModelOpinion.explainedOnDemand(probability, () -> { // the terms and vector again: rarely asked for
      List<Terms> terms = extractor.terms(content);
      return explanation(terms, signalsNow, extractor.extract(terms, signalsNow), TOP_FEATURES, secrets);
    });
  }

  /** The opinion with the {@code top} words and phrases that have the largest share of the decision value. */
  public ModelOpinion explain(double probability, List<Terms> terms, List<String> signals, FeatureVector v, int top,
      Set<String> secrets) {
    ModelOpinion.Explanation e = explanation(terms, signals, v, top, secrets);
    return new ModelOpinion(probability, e.signalsWeight(), e.topFeatures());
  }

  private ModelOpinion.Explanation explanation(List<Terms> terms, List<String> signals, FeatureVector v, int top,
      Set<String> secrets) {
    Occurrences o = extractor.occurrences(terms, signals);
    Map<String, Item> items = new LinkedHashMap<>();
    int[] itemsPerFeature = new int[v.size()]; // how many distinct items produced each of v's features
    Item item = null;
    int lastSegment = -2;
    int lastTerm = -1;
    for (int k = 0; k < o.size; k++) {
      int bucket = FeatureVector.bucketOf(o.keys[k]);
      if (model.weight(bucket) == 0) {
        continue;
      }
      FeatureExtractor.Block block = FeatureVector.blockOf(o.keys[k]);
      int segment = o.segments[k];
      int first = o.firsts[k];
      // a word's letter n-grams come one after another: the item found for the previous one is this one's
      if (block != FeatureExtractor.Block.CHARS || segment != lastSegment || first != lastTerm || item == null) {
        Terms t = segment < 0 ? null : terms.get(segment);
        String key = switch (block) {
          case WORDS -> join(t, first, o.counts[k]);
          case CHARS -> t.term(first);
          case SIGNALS -> "signal " + FeatureExtractor.signalName(signals, first, o.counts[k]);
        };
        item = items.get(key);
        if (item == null) {
          String text = block == FeatureExtractor.Block.SIGNALS ? key.substring("signal ".length())
              : t.quote(first, first + o.counts[k]);
          item = new Item(key, text, block == FeatureExtractor.Block.SIGNALS);
          items.put(key, item);
        }
        lastSegment = block == FeatureExtractor.Block.CHARS ? segment : -2;
        lastTerm = first;
      }
      int feature = indexOf(v, bucket);
      if (item.add(feature)) {
        itemsPerFeature[feature]++;
      }
    }
    List<ModelOpinion.TopFeature> out = new ArrayList<>();
    double signalsWeight = 0;
    for (Item it : items.values()) {
      double share = 0;
      for (int i = 0; i < it.size; i++) {
        int f = it.features[i];
        share += model.weight(v.index(f)) * v.value(f) / itemsPerFeature[f];
      }
      if (it.signal) {
        signalsWeight += share;
      } else if (share != 0 && !quotesSecret(it.text, secrets)) {
        out.add(new ModelOpinion.TopFeature(it.text, it.key, share));
      }
    }
    out.sort(Comparator.comparingDouble((ModelOpinion.TopFeature f) -> -Math.abs(f.weight())));
    return new ModelOpinion.Explanation(signalsWeight, List.copyOf(out.subList(0, Math.min(top, out.size()))));
  }

  private static String join(Terms t, int first, int count) {
    if (count == 1) {
      return t.term(first);
    }
    StringBuilder b = new StringBuilder();
    for (int i = first; i < first + count; i++) {
      if (i > first) {
        b.append(' ');
      }
      b.append(t.term(i));
    }
    return b.toString();
  }

  /** Position of {@code bucket} among v's features (every bucket the message produced is there). */
  private static int indexOf(FeatureVector v, int bucket) {
    int lo = 0;
    int hi = v.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int b = v.index(mid);
      if (b < bucket) {
        lo = mid + 1;
      } else if (b > bucket) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    throw new IllegalStateException("bucket " + bucket + " is not among the message's features");
  }

  /** The text holds a secret, or is a piece of one ("hunter" and "22" of "hunter-22": the model's words). */
  private static boolean quotesSecret(String text, Set<String> secrets) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String s : secrets) {
      String secret = s.toLowerCase(Locale.ROOT);
      if (lower.contains(secret) || lower.length() >= 2 && secret.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** A word, phrase or signal and the distinct features (positions in the message's vector) it produced. */
  private static final class Item {
    final String key;
    final String text;
    final boolean signal;
    int[] features = new int[4];
    int size;

    Item(String key, String text, boolean signal) {
      this.key = key;
      this.text = text;
      this.signal = signal;
    }

    /** Adds a feature once; true when it was new for this item. */
    boolean add(int feature) {
      for (int i = 0; i < size; i++) {
        if (features[i] == feature) {
          return false;
        }
      }
      if (size == features.length) {
        features = Arrays.copyOf(features, size * 2);
      }
      features[size++] = feature;
      return true;
    }
  }
}
