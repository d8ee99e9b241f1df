package org.sextortionshield.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.SignalResult;

class ScorerTest {
  private final Scorer scorer = new Scorer(0.5);

  private static SignalResult s(Facet f, double w) {
    return new SignalResult(f.name(), f, w, "", List.of());
  }

  @Test
  void sextortionNeedsSexualClaimDemandAndThreatOrControl() {
    Scorer.Result r = scorer.score(List.of(s(Facet.SEXUAL_CLAIM, 0.7), s(Facet.DEMAND, 0.7), s(Facet.THREAT, 0.7)));
    assertThat(r.category()).isEqualTo(Category.SEXTORTION);
    assertThat(r.score()).isEqualTo(1 - Math.exp(-2.1), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(scorer.score(List.of(s(Facet.SEXUAL_CLAIM, 0.7), s(Facet.DEMAND, 0.7), s(Facet.PRESSURE, 0.4)))
        .category()).isEqualTo(Category.CLEAN); // adult spam with a price is not extortion
    assertThat(scorer.score(List.of(s(Facet.SEXUAL_CLAIM, 0.7), s(Facet.DEMAND, 0.7), s(Facet.PRESSURE, 0.4),
        s(Facet.EVASION, 2))).score()).isLessThan(0.5);
  }

  @Test
  void extortionWithoutSexualClaim() {
    assertThat(scorer.score(List.of(s(Facet.THREAT, 0.6), s(Facet.DEMAND, 0.7))).category())
        .isEqualTo(Category.EXTORTION);
    assertThat(scorer.score(List.of(s(Facet.COMPROMISE_CLAIM, 0.6), s(Facet.DEMAND, 0.7), s(Facet.PRESSURE, 0.4)))
        .category()).isEqualTo(Category.EXTORTION);
  }

  @Test
  void personalisationAndForgeryAloneDoNotMakeADemandAnExtortion() {
    assertThat(scorer.score(List.of(s(Facet.DEMAND, 0.7), s(Facet.PERSONALISATION, 0.4), s(Facet.FORGERY, 0.3),
        s(Facet.PRESSURE, 0.4))).category()).isEqualTo(Category.CLEAN);
    assertThat(scorer.score(List.of(s(Facet.SEXUAL_CLAIM, 0.7), s(Facet.DEMAND, 0.7), s(Facet.PERSONALISATION, 0.4)))
        .category()).isEqualTo(Category.SEXTORTION);
  }

  @Test
  void withoutTheStructureOfAnExtortionTheScoreStaysBelowOneHalf() {
    Scorer.Result r = scorer.score(List.of(s(Facet.SEXUAL_CLAIM, 0.7), s(Facet.THREAT, 0.7),
        s(Facet.COMPROMISE_CLAIM, 0.6)));
    assertThat(r.category()).isEqualTo(Category.CLEAN);
    assertThat(r.score()).isLessThan(0.5);
  }

  @Test
  void thresholdDecides() {
    List<SignalResult> weak = List.of(s(Facet.SEXUAL_CLAIM, 0.2), s(Facet.DEMAND, 0.2), s(Facet.THREAT, 0.2));
    assertThat(scorer.score(weak).category()).isEqualTo(Category.CLEAN);
    assertThat(new Scorer(0.4).score(weak).category()).isEqualTo(Category.SEXTORTION);
  }

  @Test
  void aTrustedPlatformAddsWeightAndAForgedSenderCanTipAnExtortion() {
    Scorer.Result platform = scorer.score(List.of(s(Facet.DEMAND, 0.7), s(Facet.PRESSURE, 0.4),
        s(Facet.PLATFORM, 0.5)));
    assertThat(platform.category()).isEqualTo(Category.CLEAN);
    assertThat(platform.score()).isLessThan(0.5);
    Scorer.Result plain = scorer.score(List.of(s(Facet.THREAT, 0.3), s(Facet.DEMAND, 0.3)));
    Scorer.Result withForgery = scorer.score(List.of(s(Facet.THREAT, 0.3), s(Facet.DEMAND, 0.3),
        s(Facet.FORGERY, 0.4)));
    assertThat(plain.category()).isEqualTo(Category.CLEAN); // structure, but below the threshold
    assertThat(withForgery.category()).isEqualTo(Category.EXTORTION); // the forged sender's weight tips it
  }
}
