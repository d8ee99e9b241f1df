package org.sextortionshield.milter.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Verdict;
import org.sextortionshield.milter.MilterConfig;
import org.sextortionshield.milter.MilterServer;

class LoadGeneratorTest {
  static final byte[] MAIL = "From: a@example.net\r\nSubject: hello\r\n\r\nJust a note.\r\n"
      .getBytes(StandardCharsets.US_ASCII);

  @Test
  void pacedRunsSendExactlyThePlannedMessagesSpreadOverTheSessions() throws Exception {
    Verdict clean = Shield.defaults().scan(MAIL);
    try (MilterServer milter = MilterServer.start(MilterConfig.load(null, Map.of("socket", "inet:0@127.0.0.1",
        "warm-up-ms", "0")), m -> clean, line -> { })) {
      LoadGenerator.Result r = LoadGenerator.run(new LoadGenerator.Options(milter.address(), 2, Duration.ofSeconds(1),
          Duration.ofMillis(200), 50, 3, List.of(MAIL)));
      // 50 messages/s over 2 sessions for 1 s: each session plans 25 sends, 40 ms apart, offset by 20 ms.
      assertThat(r.messages()).isEqualTo(50);
      assertThat(r.errors()).isZero();
      assertThat(r.verdicts()).isEqualTo(Map.of("clean", 50L));
      assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p90());
      assertThat(r.p99()).isLessThanOrEqualTo(r.max());
    }
  }

  @Test
  void percentilesAreNearestRank() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(LoadGenerator.percentile(sorted, 0.50)).isEqualTo(50);
    assertThat(LoadGenerator.percentile(sorted, 0.99)).isEqualTo(99);
    assertThat(LoadGenerator.percentile(sorted, 1.0)).isEqualTo(100);
    assertThat(LoadGenerator.percentile(new long[0], 0.5)).isZero();
  }

  @Test
  void aMilterThatIsNotThereCountsAsErrorsNotACrash() throws IOException, InterruptedException {
    MilterServer gone = MilterServer.start(MilterConfig.load(null, Map.of("socket", "inet:0@127.0.0.1",
        "warm-up-ms", "0")), m -> null, line -> { });
    gone.close();
    LoadGenerator.Result r = LoadGenerator.run(new LoadGenerator.Options(gone.address(), 1, Duration.ofMillis(200),
        Duration.ZERO, 20, 1, List.of(MAIL)));
    assertThat(r.messages()).isZero();
    assertThat(r.errors()).isPositive();
  }
}
