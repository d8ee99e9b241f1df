package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
  @TempDir
  Path dir;

  private static LinearModel model() {
    return TestModels.wordWeights(Map.of("webcam", 1.25, "video", 0.5, "meeting", -0.75), -0.3);
  }

  @Test
  void roundTripsAndWritesTheSameBytesTwice() throws ModelException {
    byte[] first = ModelFile.bytes(model());
    byte[] second = ModelFile.bytes(model());
    assertThat(second).isEqualTo(first);
    LinearModel read = ModelFile.read(first, "test");
    assertThat(read.config()).isEqualTo(TestModels.CONFIG);
    assertThat(read.bias()).isEqualTo(-0.3);
    assertThat(read.nonZeroWeights()).isEqualTo(model().nonZeroWeights());
    assertThat(read.info()).containsEntry("corpus", "none: a test model");
    assertThat(ModelFile.bytes(read)).isEqualTo(first);
  }

  @Test
  void aTruncatedFileIsReportedNotHalfUsed() throws IOException {
    byte[] bytes = ModelFile.bytes(model());
    Path file = dir.resolve("cut.txt.gz");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    ModelFile.Loaded loaded = ModelFile.load(file);
    assertThat(loaded.model()).isNull();
    assertThat(loaded.problem()).startsWith("model unavailable (model file " + file + " is truncated or corrupt")
        .endsWith("; verdicts come from the rules alone").doesNotContain("\n");
  }

  @Test
  void garbageAndMissingFilesAreReported() throws IOException {
    Path garbage = dir.resolve("garbage.txt.gz");
    Files.writeString(garbage, "this is not a model");
    assertThat(ModelFile.load(garbage).problem()).contains("is truncated or corrupt (Not in GZIP format)");
    assertThat(ModelFile.load(dir.resolve("none.gz")).problem()).contains("does not exist");
  }

  @Test
  void declaredCountsAndFormatAreChecked() throws IOException {
    String header = "format = " + ModelFile.FORMAT + "\npredicts = sextortion\nhash-bits = 8\nword-ngrams = 1-2\n"
        + "char-ngrams = 3-5\nmax-terms = 10\nbias = 0\ncalibration-a = -1\ncalibration-b = 0\n";
    assertThatThrownBy(() -> ModelFile.read(gzip(header + "weights = 2\n[weights]\n3 0.5\n"), "m"))
        .isInstanceOf(ModelException.class).hasMessage("m is corrupt (2 weights declared, 1 found)");
    assertThatThrownBy(() -> ModelFile.read(gzip(header + "weights = 1\n[weights]\n300 0.5\n"), "m"))
        .hasMessageContaining("bucket out of order or range");
    assertThatThrownBy(() -> ModelFile.read(gzip(header.replace("/1", "/9") + "weights = 0\n"), "m"))
        .hasMessageContaining("unsupported format");
    assertThatThrownBy(() -> ModelFile.read(gzip(header.replace("bias = 0\n", "") + "weights = 0\n"), "m"))
        .hasMessage("m is corrupt (missing 'bias')");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
