package org.sextortionshield.core.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.mail.MailParser;

/** Small hand-made models for tests: chosen words get chosen weights, nothing is learnt from any corpus. */
final class TestModels {
  static final FeatureConfig CONFIG = new FeatureConfig(16, 2, 3, 5, 4096);
  private static final Shield RULES = Shield.builder().withoutModel().build();

  private TestModels() {}

  /** A model whose decision value is {@code bias + sum of weight(word) * value}; {@code P = sigmoid(decision)}. */
  static LinearModel wordWeights(Map<String, Double> words, double bias) {
    float[] weights = new float[CONFIG.dimension()];
    FeatureExtractor extractor = new FeatureExtractor(CONFIG);
    for (Map.Entry<String, Double> w : words.entrySet()) {
      List<Terms> terms = extractor.terms(content("Subject: x", w.getKey()));
      extractor.visit(terms, List.of(), (block, bucket, t, first, count, signal) -> {
        if (block == FeatureExtractor.Block.WORDS && count == 1 && t.term(first).equals(w.getKey())) {
          weights[bucket] = w.getValue().floatValue();
        }
      });
    }
    return new LinearModel(CONFIG, weights, bias, -1, 0, Map.of("corpus", "none: a test model"));
  }

  static Analysis analyse(String headers, String body) {
    try {
      return RULES.analyse(new MailParser().parse(Fixtures.message(headers, body)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MessageContent content(String headers, String body) {
    return analyse(headers, body).content();
  }
}
