package org.sextortionshield.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MilterConfigTest {
  @TempDir
  Path dir;

  @Test
  void defaultsTagEverythingQuarantineAtHighConfidenceAndNeverReject() {
    MilterConfig c = MilterConfig.defaults();
    assertThat(c.socket()).isEqualTo(new ListenAddress(StandardProtocolFamily.INET, "127.0.0.1", 8890, null));
    assertThat(c.http()).isNull();
    assertThat(c.policy().quarantineScore()).isEqualTo(0.9);
    assertThat(c.policy().rejectScore()).isNull();
    assertThat(c.policy().subjectPrefixScore()).isNull();
    assertThat(c.policy().tempfailOnError()).isFalse();
    assertThat(c.timeBudget()).isEqualTo(Duration.ofMillis(2000));
    assertThat(c.engineThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void flagsOverrideTheFileWhichOverridesTheDefaults() throws IOException {
    Path file = dir.resolve("milter.conf");
    Files.writeString(file, """
        # Sextortion Shield milter
        socket = unix:/run/shield/milter.sock
        http = 127.0.0.1:8891
        quarantine-score = off
        reject-score = 0.97
        on-error = tempfail
        """);
    MilterConfig c = MilterConfig.load(file, Map.of("reject-score", "0.99", "max-connections", "50"));
    assertThat(c.socket().isUnix()).isTrue();
    assertThat(c.socket().path()).isEqualTo(Path.of("/run/shield/milter.sock"));
    assertThat(c.http().getPort()).isEqualTo(8891);
    assertThat(c.policy().quarantineScore()).isNull();
    assertThat(c.policy().rejectScore()).isEqualTo(0.99);
    assertThat(c.policy().tempfailOnError()).isTrue();
    assertThat(c.maxConnections()).isEqualTo(50);
  }

  @Test
  void theExampleConfigurationInDeployIsValidAndMatchesTheDefaultsItDocuments() {
    MilterConfig example = MilterConfig.load(Path.of("deploy/milter.conf"), Map.of());
    MilterConfig defaults = MilterConfig.defaults();
    assertThat(example.http().getPort()).isEqualTo(8891);
    assertThat(example.policy()).isEqualTo(defaults.policy());
    assertThat(example.socket()).isEqualTo(defaults.socket());
    assertThat(example.maxMessageBytes()).isEqualTo(defaults.maxMessageBytes());
  }

  @Test
  void theReadmeDocumentsEverySettingWithItsDefault() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    for (Setting s : Setting.values()) {
      assertThat(readme).as(s.key()).contains("| `" + s.key() + "` | `" + s.defaultValue() + "` |");
    }
  }

  @Test
  void problemsNameTheFileOrFlagAndTheSetting() throws IOException {
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "quarantine-score = high\n");
    assertThatThrownBy(() -> MilterConfig.load(file, Map.of()))
        .hasMessage(file + ": quarantine-score = 'high': expected a score from 0 to 1, or off");
    Files.writeString(file, "quarantine_score = 0.8\n");
    assertThatThrownBy(() -> MilterConfig.load(file, Map.of()))
        .hasMessage(file + ": unknown setting 'quarantine_score'");
    assertThatThrownBy(() -> MilterConfig.load(null, Map.of("on-error", "drop")))
        .hasMessage("--on-error: on-error = 'drop': expected accept or tempfail");
    assertThatThrownBy(() -> MilterConfig.load(null, Map.of("reject-text", "100% spam")))
        .hasMessageContaining("'%' is not allowed");
    assertThatThrownBy(() -> MilterConfig.load(null, Map.of("socket", "tcp:25")))
        .hasMessageContaining("--socket: socket = 'tcp:25': bad socket 'tcp:25': unknown kind 'tcp'");
    assertThatThrownBy(() -> MilterConfig.load(dir.resolve("missing.conf"), Map.of()))
        .hasMessageContaining("missing.conf: cannot read");
  }

  @Test
  void readsTheSocketNotationsOfPostfixAndSendmail() {
    assertThat(ListenAddress.parse("inet:8890@127.0.0.1"))
        .isEqualTo(new ListenAddress(StandardProtocolFamily.INET, "127.0.0.1", 8890, null));
    assertThat(ListenAddress.parse("inet:8890"))
        .isEqualTo(new ListenAddress(StandardProtocolFamily.INET, "0.0.0.0", 8890, null));
    assertThat(ListenAddress.parse("inet:localhost:10025"))
        .isEqualTo(new ListenAddress(StandardProtocolFamily.INET, "localhost", 10025, null));
    assertThat(ListenAddress.parse("inet6:8890@::1"))
        .isEqualTo(new ListenAddress(StandardProtocolFamily.INET6, "::1", 8890, null));
    assertThat(ListenAddress.parse("inet6:8890@[::1]").host()).isEqualTo("::1");
    assertThat(ListenAddress.parse("inet6:8890").host()).isEqualTo("::");
    assertThat(ListenAddress.parse("unix:/var/run/shield.sock").path()).isEqualTo(Path.of("/var/run/shield.sock"));
    assertThat(ListenAddress.parse("local:/var/run/shield.sock").isUnix()).isTrue();
    assertThat(ListenAddress.parse("inet6:8890@::1")).hasToString("inet6:8890@::1");
    assertThatThrownBy(() -> ListenAddress.parse("inet:99999@127.0.0.1")).hasMessageContaining("port '99999'");
    assertThatThrownBy(() -> ListenAddress.parse("unix:")).hasMessageContaining("no path");
  }
}
