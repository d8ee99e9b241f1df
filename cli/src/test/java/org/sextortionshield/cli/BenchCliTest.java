package org.sextortionshield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shield bench}: the figures are there and plausible; how fast is not a unit test's business. */
class BenchCliTest {
  @TempDir
  Path dir;

  @Test
  void jsonHasTheFiguresAndABadInputIsOneLine() throws IOException {
    Files.writeString(dir.resolve("scam.eml"), CliTest.SEXTORTION, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ok.eml"), CliTest.CLEAN, StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.eml");
    // enough scans for the process CPU clock, which may tick in 10 ms steps, to see them (40 of these small
    // messages took under a millisecond and read as 0 ms)
    CliTest.Run r = CliTest.run("bench", "--format", "json", "--warmup", "20", "--scans", "4000", "--threads", "2",
        dir.toString(), missing.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(r.err().lines()).singleElement().asString().startsWith("shield: " + missing);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("messages").asInt()).isEqualTo(2);
    assertThat(j.get("flagged").asInt()).isEqualTo(1);
    assertThat(j.get("unreadable").asInt()).isEqualTo(1);
    assertThat(j.get("threads").asInt()).isEqualTo(2);
    assertThat(j.get("scans").asInt()).isEqualTo(4000);
    for (String field : new String[] {"cpu_ms_per_message", "messages_per_second", "mb_per_second", "peak_heap_mb",
        "median_cpu_ms_per_message"}) {
      assertThat(j.get(field).asDouble()).as(field).isPositive();
    }
    JsonNode single = j.get("single_thread");
    assertThat(single.get("threads").asInt()).isEqualTo(1);
    assertThat(single.get("p99_cpu_ms_per_message").asDouble())
        .isGreaterThanOrEqualTo(single.get("median_cpu_ms_per_message").asDouble());
    assertThat(single.get("allocated_kb_per_message").asDouble()).as("a scan allocates").isPositive();
    assertThat(j.get("scaling").asDouble()).isPositive();
  }

  @Test
  void syntheticStreamReportsTheHeapAtEachCheckpoint() throws IOException {
    CliTest.Run r = CliTest.run("bench", "--synthetic", "200", "--warmup", "10", "--threads", "1", "--format",
        "json");
    assertThat(r.status()).isEqualTo(ShieldCommand.CLEAN);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("messages").asInt()).isEqualTo(200);
    JsonNode series = j.get("heap_after_gc_mb");
    assertThat(series.size()).isEqualTo(21); // the start and twenty checkpoints
    assertThat(series.get(20).get(0).asInt()).isEqualTo(200);
    assertThat(series.get(20).get(1).asDouble()).isPositive();
    assertThat(j.get("cpu_ms_per_message").asDouble()).isPositive();
  }

  @Test
  void nothingToMeasureIsAUsageError() {
    CliTest.Run r = CliTest.run("bench", dir.resolve("nothing-here").toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(r.err()).contains("nothing to measure");
    assertThat(CliTest.run("bench").status()).isEqualTo(ShieldCommand.USAGE);
  }
}
