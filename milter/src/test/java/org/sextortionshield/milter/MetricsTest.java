package org.sextortionshield.milter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void histogramBucketsAreCumulativeAndCountsPerVerdictAndAction() {
    Metrics m = new Metrics();
    m.message("clean", Action.TAG, 300_000, false); // 0.3 ms
    m.message("clean", Action.TAG, 1_500_000, false); // 1.5 ms
    m.message("sextortion", Action.QUARANTINE, 40_000_000, true); // 40 ms
    m.failure(ScanOutcome.Failure.TIMEOUT);
    String text = m.prometheus();
    assertThat(text).contains(
        "shield_milter_messages_total{verdict=\"clean\",action=\"tag\"} 2",
        "shield_milter_messages_total{verdict=\"sextortion\",action=\"quarantine\"} 1",
        "shield_milter_latency_seconds_bucket{le=\"5.0E-4\"} 1",
        "shield_milter_latency_seconds_bucket{le=\"0.002\"} 2",
        "shield_milter_latency_seconds_bucket{le=\"0.02\"} 2",
        "shield_milter_latency_seconds_bucket{le=\"0.05\"} 3",
        "shield_milter_latency_seconds_bucket{le=\"+Inf\"} 3",
        "shield_milter_latency_seconds_sum 0.0418",
        "shield_milter_truncated_total 1",
        "shield_milter_engine_failures_total{reason=\"timeout\"} 1");
    for (String line : text.split("\n")) {
      assertThat(line).matches("# (HELP|TYPE) .*|[a-z_]+(\\{[^}]*\\})? [0-9.E+-]+");
    }
  }
}
