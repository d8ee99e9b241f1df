package org.sextortionshield.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
   * The model's opinion of a message.
   *
   * @param secrets values (a quoted password) no explanation may show; items quoting them are left out
   */
  public ModelOpinion judge(MessageContent content, List<String> signals, Set<String> secrets) {
    List<Terms> terms = extractor.terms(content);
    FeatureVector v = extractor.extract(terms, signals);
    return explain(model.probability(v), terms, signals, v, TOP_FEATURES, secrets);
  }

  /** The opinion with the {@code top} words and phrases that have the largest share of the decision value. */
  public ModelOpinion explain(double probability, List<Terms> terms, List<String> signals, FeatureVector v, int top,
      Set<String> secrets) {
    Map<String, Item> items = new LinkedHashMap<>();
    Map<Integer, Integer> itemsPerBucket = new HashMap<>();
    extractor.visit(terms, signals, (block, bucket, t, first, count, signal) -> {
      if (model.weight(bucket) == 0) {
        return;
      }
      String key = switch (block) {
        case WORDS -> join(t, first, count);
        case CHARS -> t.term(first);
        case SIGNALS -> "signal " + signal;
      };
      Item item = items.get(key);
      if (item == null) {
        String text = block == FeatureExtractor.Block.SIGNALS ? signal : t.quote(first, first + count);
        item = new Item(key, text, block == FeatureExtractor.Block.SIGNALS);
        items.put(key, item);
      }
      if (item.add(bucket)) {
        itemsPerBucket.merge(bucket, 1, Integer::sum);
      }
    });
    List<ModelOpinion.TopFeature> out = new ArrayList<>();
    double signalsWeight = 0;
    for (Item item : items.values()) {
      double share = 0;
      for (int i = 0; i < item.size; i++) {
        int b = item.buckets[i];
        share += model.weight(b) * valueOf(v, b) / itemsPerBucket.get(b);
      }
      if (item.signal) {
        signalsWeight += share;
      } else if (share != 0 && !quotesSecret(item.text, secrets)) {
        out.add(new ModelOpinion.TopFeature(item.text, item.key, share));
      }
    }
    out.sort(Comparator.comparingDouble((ModelOpinion.TopFeature f) -> -Math.abs(f.weight())));
    return new ModelOpinion(probability, signalsWeight, List.copyOf(out.subList(0, Math.min(top, out.size()))));
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

  private static float valueOf(FeatureVector v, int bucket) {
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
        return v.value(mid);
      }
    }
    return 0;
  }

  private static boolean quotesSecret(String text, Set<String> secrets) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String s : secrets) {
      if (lower.contains(s.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A word, phrase or signal and the distinct buckets it produced. */
  private static final class Item {
    final String key;
    final String text;
    final boolean signal;
    int[] buckets = new int[4];
    int size;

    Item(String key, String text, boolean signal) {
      this.key = key;
      this.text = text;
      this.signal = signal;
    }

    /** Adds a bucket once; true when it was new for this item. */
    boolean add(int bucket) {
      for (int i = 0; i < size; i++) {
        if (buckets[i] == bucket) {
          return false;
        }
      }
      if (size == buckets.length) {
        buckets = Arrays.copyOf(buckets, size * 2);
      }
      buckets[size++] = bucket;
      return true;
    }
  }
}
