package org.sextortionshield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shield milter} and {@code shield milter-load} from the command line. */
class MilterCommandTest {
  @TempDir
  Path dir;

  private static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ShieldCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliTest.Run(status, out.toString(), err.toString());
  }

  @Test
  void everySettingIsAFlagAndABadValueIsOneLine() {
    CliTest.Run help = run("milter", "--help");
    assertThat(help.out()).contains("--quarantine-score=VALUE", "--socket=VALUE", "--on-error=VALUE",
        "--config=FILE");
    CliTest.Run bad = run("milter", "--quarantine-score", "high");
    assertThat(bad.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(bad.err()).isEqualTo("shield: --quarantine-score: quarantine-score = 'high': expected a score from 0 "
        + "to 1, or off" + System.lineSeparator());
  }

  @Test
  void aSocketInUseIsOneLineAndExitTwo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliTest.Run r = run("milter", "--socket", "inet:" + taken.getLocalPort() + "@127.0.0.1", "--warm-up-ms", "0");
      assertThat(r.status()).isEqualTo(ShieldCommand.USAGE);
      assertThat(r.err().lines()).singleElement().asString()
          .startsWith("shield: cannot listen on inet:" + taken.getLocalPort() + "@127.0.0.1: ");
    }
  }

  @Test
  void theLoadGeneratorReportsThroughputAndPercentilesPerSessionCount() throws IOException {
    Path mail = dir.resolve("ok.eml");
    Files.writeString(mail, CliTest.CLEAN, StandardCharsets.UTF_8);
    CliTest.Run r = run("milter-load", "--sessions", "1,3", "--seconds", "1", "--warmup-seconds", "0",
        mail.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(r.out()).contains("in-process milter on inet:", "1 messages, ");
    assertThat(r.out().lines().filter(l -> l.startsWith("sessions=")).toList()).hasSize(2).allSatisfy(l ->
        assertThat(l).contains(" throughput=", " p50=", " p90=", " p99=", " max=", " errors=0 ", "verdicts={clean="));
  }
}
