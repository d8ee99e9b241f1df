package org.sextortionshield.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SituationTest {
  private final Situation scam = new Situation(Set.of("category:sextortion", "signal:deadline"),
      Map.of(Situation.PASSWORD, "h*****2"));

  @Test
  void addingNothingChangesNothing() {
    assertThat(scam.and(Situation.of())).isEqualTo(scam);
    assertThat(Situation.of().and(scam)).isEqualTo(scam);
  }

  @Test
  void factsAreUnitedAndThisSituationsValuesWin() {
    Situation other = new Situation(Set.of("signal:deadline", Situation.PASSWORD_CHECK),
        Map.of(Situation.PASSWORD, "x****y", Situation.COUNT, "12"));
    Situation both = scam.and(other);
    assertThat(both.facts()).containsExactlyInAnyOrder("category:sextortion", "signal:deadline",
        Situation.PASSWORD_CHECK);
    assertThat(both.values()).containsEntry(Situation.PASSWORD, "h*****2").containsEntry(Situation.COUNT, "12");
  }
}
