package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Combiner;
import org.sextortionshield.core.verdict.Verdict;

/** The engine with a model: combined verdicts, explanations, and a clear fallback when the model file is bad. */
class ShieldModelTest {
  /** German, which the lexicons here do not read: the rules see only the demand (amount and wallet). */
  private static final byte[] UNREAD_SCAM = Fixtures.message("From: a@example.org\nTo: b@example.net\nSubject: Video",
      "Ich habe ein Video von Ihrer Webcam. Zahlen Sie 900 USD in Bitcoin an 1BoatSLRHtKNngkdXEeobR76b53LETtpyT.");
  private static final LinearModel MODEL = TestModels.wordWeights(Map.of("webcam", 3.0, "video", 2.0), -1.0);

  @TempDir
  Path dir;

  @Test
  void theModelCatchesAScamTheRulesCannotRead() throws IOException {
    Verdict rulesOnly = Shield.builder().withoutModel().build().scan(UNREAD_SCAM);
    assertThat(rulesOnly.category()).isEqualTo(Category.CLEAN);
    assertThat(rulesOnly.model()).isNull();

    Verdict v = Shield.builder().model(new ModelFile.Loaded(MODEL, null)).build().scan(UNREAD_SCAM);
    assertThat(v.category()).isEqualTo(Category.SEXTORTION);
    assertThat(v.decidedBy()).isEqualTo(Combiner.Basis.MODEL);
    assertThat(v.rulesCategory()).isEqualTo(Category.CLEAN);
    assertThat(v.score()).isEqualTo(v.model().probability());
    assertThat(v.model().topFeatures()).extracting(ModelOpinion.TopFeature::text).contains("Webcam", "Video");
    assertThat(v.problems()).isEmpty();
  }

  @Test
  void aTruncatedModelFileFallsBackToTheRulesAndSaysSo() throws IOException {
    Path file = dir.resolve("model.txt.gz");
    byte[] bytes = ModelFile.bytes(MODEL);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));
    Shield shield = Shield.builder().model(ModelFile.load(file)).build();
    assertThat(shield.predictor()).isNull();
    assertThat(shield.modelProblem()).startsWith("model unavailable (model file " + file);

    Verdict v = shield.scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(v.category()).isEqualTo(Category.SEXTORTION);
    assertThat(v.decidedBy()).isEqualTo(Combiner.Basis.RULES);
    assertThat(v.problems()).containsOnlyOnce(shield.modelProblem());
    assertThat(shield.scan(UNREAD_SCAM).category()).isEqualTo(Category.CLEAN);
  }

  @Test
  void switchingTheModelOffIsNoProblem() throws IOException {
    Shield shield = Shield.builder().withoutModel().build();
    assertThat(shield.modelProblem()).isNull();
    assertThat(shield.scan(Fixtures.bytes("clean-newsletter.eml")).problems()).isEmpty();
  }
}
