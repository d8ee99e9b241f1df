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

  @Test
  void theModelIsAskedWhenTheRulesFlagOrMoneyIsDemanded() {
    assertThat(combiner.asks(rules(0.9, Category.SEXTORTION), false)).isTrue();
    assertThat(combiner.asks(rules(0.9, Category.EXTORTION), false)).isTrue();
    assertThat(combiner.asks(rules(0.3, Category.CLEAN), true)).isTrue();
    assertThat(combiner.asks(rules(0.3, Category.CLEAN), false)).isFalse();
  }

  /** Not asking the model is safe only because its answer could not change the category, at any threshold. */
  @Test
  void whereTheModelIsNotAskedItsAnswerWouldNotChangeTheCategory() {
    for (double threshold : new double[] {0.05, 0.3, 0.5, 0.7, 0.99}) {
      Combiner c = new Combiner(threshold);
      for (Category category : Category.values()) {
        for (boolean demand : new boolean[] {false, true}) {
          for (double score = 0; score <= 1.0; score += 0.05) {
            Scorer.Result r = rules(score, category);
            if (c.asks(r, demand)) {
              continue;
            }
            Category without = c.combine(r, demand, null).category();
            for (double p = 0; p <= 1.0; p += 0.01) {
              assertThat(c.combine(r, demand, p(p)).category()).isEqualTo(without);
            }
          }
        }
      }
    }
  }
}
