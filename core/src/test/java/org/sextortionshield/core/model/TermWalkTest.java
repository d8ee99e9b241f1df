package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;

/**
 * The prediction's fast path gives exactly what the definitions give: {@link TermWalk} the terms of {@link Terms},
 * {@link FeatureExtractor#decision} the decision value of the extracted vector, bit for bit, over generated mail
 * (links, addresses, numbers, codes, currency signs, spelled-out letters, names, other scripts, term budgets that
 * end inside a chunk).
 */
class TermWalkTest {
  private static final String HEADERS = "To: Jane Doe <jane.doe@example.org>\nCc: Tom <tom@example.net>\nSubject: s";
  private static final String[] PIECES = {"pay", "now", "jane", "doe", "tom", "bitcoin", "webcam", "the", "a", "b",
    "x", "48h", "b1tc0in", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "abc123def4567890", "12", "1,450.00", "12/05/2024",
    "2.000,50", "$", "€", "£", "¥", "$500", "900€", "@", "a@b.c", "x@y.z", "someone@mail.example.net", "w@", "@x.yz",
    "a@b@c.d", "x@.y", "://", "https://evil.example/x?y=1", "http://", "c://", "a:/", "www.", "www.example.com", "www",
    ".", ",", "-", ":", "/", "#", "b i t c o i n", "b.i.t.c.o.i.n", "p a y", "1 2 3 4", "a 1,2 b", "x $ y $ z",
    "Y\u043eur", "W\u0435bcam", "ÄÖÜ", "straße", "日本語", "\u0661\u0662\u0663", "x\u0663y", "\uD83D\uDE00", "Ⅻ",
    "l0ng" + "o".repeat(45), "o".repeat(41), "word" + "1".repeat(20), "ḿ", "ǅ", "٣abc"};
  private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\t", "\u00a0", "", ", ", ". ", "\r\n"};

  @Test
  void walksTheTermsThatTermsDefines() {
    Random random = new Random(20251207);
    for (int round = 0; round < 400; round++) {
      MessageContent content = TestModels.content(HEADERS, text(random));
      int budget = random.nextBoolean() ? 4096 : 1 + random.nextInt(40);
      RecipientNames names = RecipientNames.of(FeatureExtractor.recipientNames(content));
      TermWalk walk = new TermWalk();
      for (TextSegment segment : content.visibleSegments()) {
        if (budget <= 0) {
          break;
        }
        Terms expected = Terms.of(segment, names, budget);
        int size = walk.walk(segment, names, budget);
        assertThat(hashes(walk)).as(segment.normalized().text()).isEqualTo(hashes(expected));
        assertThat(size).isEqualTo(expected.size());
        assertCountsAgree(walk);
        budget -= size;
      }
    }
  }

  @Test
  void predictsBitForBitWhatTheVectorGives() {
    Random random = new Random(7);
    for (FeatureConfig config : List.of(TestModels.CONFIG, new FeatureConfig(20, 2, 3, 5, 4096),
        new FeatureConfig(24, 3, 1, 8, 4096), new FeatureConfig(10, 1, 2, 4, 4096), new FeatureConfig(16, 2, 3, 5, 17))) {
      LinearModel model = randomModel(config, random);
      FeatureExtractor extractor = new FeatureExtractor(config);
      for (int round = 0; round < 120; round++) {
        String body = text(random);
        if (round % 10 == 0) {
          body = body.repeat(60); // repeats beyond a key's count bits
        }
        MessageContent content = TestModels.content(HEADERS, body);
        List<String> signals = round % 3 == 0 ? List.of() : List.of("deadline", "threat-to-expose", "deadline");
        double expected = model.decision(extractor.extract(content, signals));
        double fast = extractor.decision(content, signals, model);
        assertThat(Double.doubleToRawLongBits(fast)).as(body).isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }

  @Test
  void aLinkReplacesTheWordsItsChunkBeganWith() {
    assertThat(hashes("see evil.example/x://y and a.b@c.de.")).isEqualTo(hashes("see", Terms.URL, "and", Terms.EMAIL));
    assertThat(hashes("b i t c o i n $5 jane")).isEqualTo(hashes("b", "i", "t", "c", "o", "i", "n", Terms.CURRENCY,
        Terms.NUMBER, Terms.NAME));
  }

  private static List<Integer> hashes(String body) {
    MessageContent content = TestModels.content(HEADERS, body);
    TextSegment segment = content.visibleSegments().get(content.visibleSegments().size() - 1);
    TermWalk walk = new TermWalk();
    walk.walk(segment, RecipientNames.of(FeatureExtractor.recipientNames(content)), 4096);
    return hashes(walk);
  }

  private static List<Integer> hashes(String... terms) {
    List<Integer> out = new ArrayList<>();
    for (String t : terms) {
      out.add(FeatureHash.string(FeatureHash.WORD, t));
    }
    return out;
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
      b.append(random.nextInt(5) == 0 ? PIECES[random.nextInt(PIECES.length)] : SPACES[random.nextInt(SPACES.length)]);
    }
    return b.toString();
  }

  private static List<Integer> hashes(TermWalk walk) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < walk.size(); i++) {
      out.add(walk.hash(walk.word(i)));
    }
    return out;
  }

  private static List<Integer> hashes(Terms terms) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      out.add(terms.hash(i));
    }
    return out;
  }

  private static void assertCountsAgree(TermWalk walk) {
    Map<Integer, Integer> counted = new HashMap<>();
    for (int i = 0; i < walk.size(); i++) {
      counted.merge(walk.word(i), 1, Integer::sum);
    }
    for (int m = 0; m < walk.madeCount(); m++) {
      int w = walk.made(m);
      assertThat(walk.count(w)).isEqualTo(counted.getOrDefault(w, 0));
    }
  }

  /** Weights of every size and sign, a quarter of them zero (as in a trained model). */
  private static LinearModel randomModel(FeatureConfig config, Random random) {
    float[] weights = new float[config.dimension()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextInt(4) == 0 ? 0 : (float) (random.nextGaussian() * Math.pow(10, -random.nextInt(5)));
    }
    return new LinearModel(config, weights, -1.5, -0.8, 1.4, Map.of());
  }
}
