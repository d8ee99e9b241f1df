package org.sextortionshield.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlattTest {
  @Test
  void fitsAnIncreasingSigmoidThatMatchesTheRates() {
    // Decision values -2..2; the share of positives grows with the value.
    int n = 1000;
    double[] f = new double[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      f[i] = -2 + 4.0 * i / n;
      positive[i] = (i * 7919) % 100 < 100 / (1 + Math.exp(-2 * f[i]));
    }
    double[] ab = Platt.fit(f, positive);
    assertThat(ab[0]).isBetween(-2.5, -1.5); // the true slope is -2
    assertThat(Math.abs(ab[1])).isLessThan(0.3);
  }

  @Test
  void rarePositivesGiveLowProbabilitiesAtZero() {
    double[] f = {-1, -1, -1, -1, -1, -1, -1, -1, 1, 1};
    boolean[] positive = {false, false, false, false, false, false, false, false, true, false};
    double[] ab = Platt.fit(f, positive);
    double atZero = 1 / (1 + Math.exp(ab[1]));
    assertThat(atZero).isLessThan(0.5);
  }
}
