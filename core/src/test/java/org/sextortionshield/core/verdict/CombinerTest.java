package org.sextortionshield.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.model.ModelOpinion;

class CombinerTest {
  private final Combiner combiner = new Combiner(0.5);

  private static ModelOpinion p(double probability) {
    return new ModelOpinion(probability);
  }

  private static Scorer.Result rules(double score, Category category) {
    return new Scorer.Result(score, category);
  }

  @Test
  void withoutAModelTheRulesDecide() {
    assertThat(combiner.combine(rules(0.8, Category.SEXTORTION), true, null))
        .isEqualTo(new Combiner.Result(0.8, Category.SEXTORTION, Combiner.Basis.RULES));
  }

  @Test
  void theModelNeverTakesARulesVerdictAway() {
    assertThat(combiner.combine(rules(0.8, Category.SEXTORTION), true, p(0.01)))
        .isEqualTo(new Combiner.Result(0.8, Category.SEXTORTION, Combiner.Basis.RULES));
    assertThat(combiner.combine(rules(0.8, Category.SEXTORTION), true, p(0.95)))
        .isEqualTo(new Combiner.Result(0.95, Category.SEXTORTION, Combiner.Basis.RULES_AND_MODEL));
  }

  @Test
  void theModelFindsWhatTheRulesMissWhenMoneyIsDemanded() {
    assertThat(combiner.combine(rules(0.45, Category.CLEAN), true, p(0.9)))
        .isEqualTo(new Combiner.Result(0.9, Category.SEXTORTION, Combiner.Basis.MODEL));
  }

  @Test
  void withoutADemandTheModelAloneFlagsNothing() {
    Combiner.Result r = combiner.combine(rules(0.2, Category.CLEAN), false, p(0.97));
    assertThat(r.category()).isEqualTo(Category.CLEAN);
    assertThat(r.score()).isEqualTo(Scorer.UNSTRUCTURED_CAP);
    assertThat(r.basis()).isEqualTo(Combiner.Basis.RULES);
  }

  @Test
  void anExtortionWithoutSexualClaimStaysExtortion() {
    assertThat(combiner.combine(rules(0.9, Category.EXTORTION), true, p(0.9)).category())
        .isEqualTo(Category.EXTORTION);
  }

  @Test
  void cleanMailKeepsALowScore() {
    assertThat(combiner.combine(rules(0.1, Category.CLEAN), true, p(0.2)))
        .isEqualTo(new Combiner.Result(0.2, Category.CLEAN, Combiner.Basis.RULES_AND_MODEL));
  }
}
