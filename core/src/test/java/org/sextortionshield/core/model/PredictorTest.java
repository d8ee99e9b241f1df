package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.content.MessageContent;

class PredictorTest {
  private final LinearModel model =
      TestModels.wordWeights(Map.of("webcam", 6.0, "video", 3.0, "meeting", -3.0, "pay", 0.5), -1.0);
  private final Predictor predictor = new Predictor(model);

  @Test
  void theSharesAddUpToTheDecisionValue() {
    MessageContent c = TestModels.content("Subject: s",
        "Your WebCam video is ready. The webcam meeting costs $20.");
    List<Terms> terms = predictor.extractor().terms(c);
    FeatureVector v = predictor.extractor().extract(terms, List.of("deadline"));
    ModelOpinion all = predictor.explain(0.5, terms, List.of("deadline"), v, 1000, Set.of());
    double sum = all.topFeatures().stream().mapToDouble(ModelOpinion.TopFeature::weight).sum();
    assertThat(sum + all.signalsWeight()).isCloseTo(model.decision(v) - model.bias(), within(1e-5));
  }

  @Test
  void explainsWithTheSendersWordsStrongestFirst() {
    ModelOpinion o = predictor.judge(TestModels.content("Subject: s", "I have your WebCam video. Pay $500."),
        List.of(), Set.of());
    assertThat(o.probability()).isGreaterThan(0.5);
    ModelOpinion.TopFeature first = o.topFeatures().get(0);
    assertThat(first.feature()).isEqualTo("webcam");
    assertThat(first.text()).isEqualTo("WebCam");
    assertThat(first.weight()).isPositive();
    assertThat(o.topFeatures()).extracting(ModelOpinion.TopFeature::feature).contains("video", "pay");
    for (int i = 1; i < o.topFeatures().size(); i++) {
      assertThat(Math.abs(o.topFeatures().get(i).weight()))
          .isLessThanOrEqualTo(Math.abs(o.topFeatures().get(i - 1).weight()));
    }
  }

  @Test
  void aWordThatPullsAwayHasANegativeShare() {
    ModelOpinion o = predictor.judge(TestModels.content("Subject: s", "Agenda for the meeting"), List.of(), Set.of());
    assertThat(o.probability()).isLessThan(0.5);
    assertThat(o.topFeatures().get(0).feature()).isEqualTo("meeting");
    assertThat(o.topFeatures().get(0).weight()).isNegative();
  }

  @Test
  void neverShowsASecret() {
    ModelOpinion o = predictor.judge(TestModels.content("Subject: s", "webcam hunter2 video"), List.of(),
        Set.of("hunter2"));
    assertThat(o.topFeatures()).extracting(ModelOpinion.TopFeature::text).noneMatch(t -> t.contains("hunter2"));
  }

  /** Found in review: the model splits "hunter-22" into words, and each piece was shown among its top words. */
  @Test
  void neverShowsAPieceOfASecret() throws java.io.IOException {
    var v = org.sextortionshield.core.Shield.defaults().scan(org.sextortionshield.core.Fixtures.message("Subject: hi",
        "Your password is hunter-22. I recorded you through your webcam. Pay 900 USD in Bitcoin to "
            + "1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours or your contacts get the video."));
    assertThat(v.model().topFeatures()).extracting(ModelOpinion.TopFeature::text).isNotEmpty()
        .noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("hunter") || t.contains("22"));
  }

  @Test
  void amountsAndWalletsDoNotChangeTheProbability() {
    double a = predictor.judge(TestModels.content("Subject: s", "send 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
        List.of(), Set.of()).probability();
    double b = predictor.judge(TestModels.content("Subject: s", "send 0.35 BTC to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
        List.of(), Set.of()).probability();
    assertThat(a).isEqualTo(b);
  }
}
