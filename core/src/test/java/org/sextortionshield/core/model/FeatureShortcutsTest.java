package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The allocation-free extraction gives exactly what the plain definitions give. */
class FeatureShortcutsTest {
  private final FeatureExtractor extractor = new FeatureExtractor(TestModels.CONFIG);

  @Test
  void aSignalPairHashesLikeItsJoinedName() {
    assertThat(FeatureHash.pair(FeatureHash.SIGNAL, "deadline", "payment-instructions"))
        .isEqualTo(FeatureHash.string(FeatureHash.SIGNAL, "deadline + payment-instructions"));
  }

  @Test
  void eachTermKeepsTheHashOfItsOwnString() {
    List<Terms> terms = extractor.terms(TestModels.content("To: Tom Smith <tom@example.org>\nSubject: s",
        "Hi tom, pay b1tc0in 48h to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT or €900 at https://x.example/a now"));
    int checked = 0;
    for (Terms t : terms) {
      for (int i = 0; i < t.size(); i++) {
        assertThat(t.hash(i)).as(t.term(i)).isEqualTo(FeatureHash.string(FeatureHash.WORD, t.term(i)));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(terms.get(terms.size() - 1).term(1)).isEqualTo(Terms.NAME);
  }

  @Test
  void theVectorIsTheDampedUnitLengthCountsOfEveryVisitedFeature() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 60; i++) { // thousands of occurrences: the long-message sort path
      body.append("we recorded you on camera number ").append(i % 7).append(" and will send it unless paid ");
    }
    assertMatchesTheDefinition(extractor, body.toString());
  }

  @Test
  void aFewFeaturesAndManyRepeatsCountAlike() {
    assertMatchesTheDefinition(extractor, "pay now"); // below the radix sort's threshold
    // 16 hash bits leave 13 bits for a key's repeats; 24 leave 5, so most repeats need copies of the keys
    String repeated = "camera video ".repeat(1500) + "contacts";
    assertMatchesTheDefinition(extractor, repeated);
    assertMatchesTheDefinition(new FeatureExtractor(new FeatureConfig(24, 2, 3, 5, 4096)), repeated);
    assertMatchesTheDefinition(new FeatureExtractor(new FeatureConfig(24, 1, 1, 8, 4096)),
        "pay pay pay bitcoin ".repeat(40) + "now");
  }

  /** The vector equals the documented definition applied to every visited occurrence. */
  private static void assertMatchesTheDefinition(FeatureExtractor extractor, String body) {
    List<Terms> terms = extractor.terms(TestModels.content("Subject: s", body));
    List<String> signals = List.of("payment-instructions", "deadline", "threat-to-expose");
    FeatureVector v = extractor.extract(terms, signals);

    Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>(); // block -> bucket -> occurrences
    extractor.visit(terms, signals, (block, bucket, t, first, count, signal) ->
        counts.computeIfAbsent(block.ordinal(), b -> new TreeMap<>()).merge(bucket, 1, Integer::sum));
    assertBitForBit(v, counts);
    Map<Integer, Double> expected = new TreeMap<>();
    for (Map.Entry<Integer, Map<Integer, Integer>> block : counts.entrySet()) {
      boolean signalBlock = block.getKey() == FeatureExtractor.Block.SIGNALS.ordinal();
      double norm = 0;
      for (int c : block.getValue().values()) {
        norm += Math.pow(1 + Math.log(c), 2);
      }
      for (Map.Entry<Integer, Integer> e : block.getValue().entrySet()) {
        double value = signalBlock ? 1 : (1 + Math.log(e.getValue())) / Math.sqrt(norm);
        expected.merge(e.getKey(), value, Double::sum);
      }
    }
    assertThat(v.size()).isEqualTo(expected.size());
    int i = 0;
    for (Map.Entry<Integer, Double> e : expected.entrySet()) {
      assertThat(v.index(i)).isEqualTo(e.getKey());
      assertThat((double) v.value(i)).isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(1e-5));
      i++;
    }
  }

  /**
   * The vector's floats are those of the plain arithmetic: per block, {@code (float) (1 + ln(count))} per bucket, the
   * squares summed as doubles in ascending bucket order, scaled by {@code (float) (1 / sqrt(sum))}; a bucket's blocks
   * added as floats in block order; a signal's value 1.
   */
  private static void assertBitForBit(FeatureVector v, Map<Integer, Map<Integer, Integer>> counts) {
    Map<Integer, Float> expected = new TreeMap<>();
    for (int block = 0; block < 3; block++) {
      Map<Integer, Integer> buckets = counts.getOrDefault(block, Map.of());
      double norm = 0;
      for (int c : buckets.values()) { // a TreeMap: ascending buckets
        float damped = (float) (1 + Math.log(c));
        norm += (double) damped * damped;
      }
      float scale = (float) (1 / Math.sqrt(norm));
      for (Map.Entry<Integer, Integer> e : buckets.entrySet()) {
        float value = block == 2 ? 1f : (float) (1 + Math.log(e.getValue())) * scale;
        expected.merge(e.getKey(), value, Float::sum);
      }
    }
    int i = 0;
    for (Map.Entry<Integer, Float> e : expected.entrySet()) {
      assertThat(v.index(i)).isEqualTo(e.getKey());
      assertThat(Float.floatToRawIntBits(v.value(i))).as("bucket " + e.getKey())
          .isEqualTo(Float.floatToRawIntBits(e.getValue()));
      i++;
    }
  }
}
