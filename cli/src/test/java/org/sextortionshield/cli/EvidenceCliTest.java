package org.sextortionshield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shield evidence FILE --out DIR|ZIP} end to end. */
class EvidenceCliTest {
  private static final String LEAKED = "mauve-4471";

  @TempDir
  Path dir;

  private Path scam() throws IOException {
    Path mail = dir.resolve("scam.eml");
    Files.writeString(mail, CliTest.SEXTORTION.replace("I hacked your laptop",
        "Your password is " + LEAKED + ". I hacked your laptop"), StandardCharsets.UTF_8);
    return mail;
  }

  @Test
  void writesAFolderWithEveryFileAndSaysWhatToHandOver() throws IOException {
    Path out = dir.resolve("pack");
    CliTest.Run r = CliTest.run("evidence", scam().toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("SEXTORTION scam").contains("report.pdf").contains("to be filled in by you");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("original.eml",
          "original.eml.sha256", "report.pdf", "headers.txt", "timeline.txt", "evidence.json", "stix-bundle.json",
          "summary.csv");
    }
    assertThat(Files.readAllBytes(out.resolve("original.eml"))).isEqualTo(Files.readAllBytes(scam()));
    assertThat(r.out()).doesNotContain(LEAKED);
    for (String name : new String[] {"headers.txt", "timeline.txt", "evidence.json", "stix-bundle.json",
        "summary.csv"}) {
      assertThat(Files.readString(out.resolve(name))).as(name).doesNotContain(LEAKED);
    }
  }

  @Test
  void writesAZipFromStandardInput() throws IOException {
    Path zip = dir.resolve("case.zip");
    CliTest.Run r = CliTest.run(new ByteArrayInputStream(Files.readAllBytes(scam())), "evidence", "-", "--out",
        zip.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(Files.size(zip)).isPositive();
  }

  @Test
  void problemsAreOneLine() throws IOException {
    CliTest.Run missing = CliTest.run("evidence", dir.resolve("nope.eml").toString(), "--out",
        dir.resolve("p").toString());
    assertThat(missing.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(missing.err().strip()).isEqualTo("shield: " + dir.resolve("nope.eml") + ": no such file");
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("other.txt"), "x");
    CliTest.Run occupied = CliTest.run("evidence", scam().toString(), "--out", full.toString());
    assertThat(occupied.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(occupied.err().lines()).singleElement().asString().contains("not empty");
    CliTest.Run noOut = CliTest.run("evidence", scam().toString());
    assertThat(noOut.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(noOut.err()).contains("--out");
  }
}
