package org.sextortionshield.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.model.FeatureExtractor;
import org.sextortionshield.core.model.LinearModel;
import org.sextortionshield.core.model.ModelFile;

/** Training end to end on a corpus the test writes: deterministic, grouped, calibrated, and it learns. */
class TrainingTest {
  @TempDir
  static Path dir;
  static Training.Result first;

  @BeforeAll
  static void train() throws Exception {
    SyntheticCorpus.write(dir, 7);
    first = new Training(TrainingConfig.defaults(), 2).run(dir, "test", "2000-01-01");
  }

  @Test
  void theSameCorpusGivesTheSameModelBytes() throws Exception {
    Training.Result second = new Training(TrainingConfig.defaults(), 1).run(dir, "test", "2000-01-01");
    assertThat(second.model()).isEqualTo(first.model());
    assertThat(second.report()).isEqualTo(first.report());
  }

  @Test
  void theModelRecordsItsCorpusAndSeparatesUnseenMail() throws Exception {
    LinearModel model = ModelFile.read(first.model(), "trained");
    List<Example> examples = new Corpus(dir, Shield.builder().withoutModel().build(),
        new FeatureExtractor(model.config())).read(1);
    assertThat(model.info()).containsEntry("corpus", "sha256:" + Training.fingerprint(examples));
    assertThat(model.info().get("trained-with")).contains("c=", "positive-weight=");
    assertThat(model.calibrationA()).isNegative(); // a higher decision value means a higher probability
    double scam = 0;
    double ham = 1;
    for (Example e : examples) {
      double p = model.probability(e.primary().features());
      if (e.positive()) {
        scam = Math.max(scam, p);
      } else {
        ham = Math.min(ham, p);
      }
    }
    assertThat(scam).isGreaterThan(ham);
  }

  @Test
  void crossValidationIsHonestAboutHeldOutCampaigns() {
    Map<String, Comparison.Counts> byLabel = first.comparison().by(o -> o.entry().label());
    assertThat(byLabel.get("sextortion").files).isEqualTo(20);
    assertThat(byLabel.get("ham").called(Outcome.Judge.COMBINED)).isZero();
    assertThat(first.outcomes()).allMatch(o -> !Double.isNaN(o.probability()));
  }

  @Test
  void filesThatMayOnlyBeEvaluatedAreJudgedButNeverLearntFrom() throws Exception {
    TrainingConfig config =
        TrainingConfig.defaults().withEvaluationOnlySources(Set.of(SyntheticCorpus.EVALUATION_ONLY));
    Training.Result r = new Training(config, 2).run(dir, "test", "2000-01-01");
    assertThat(ModelFile.read(r.model(), "m").info()).containsEntry("trained-on-files", "80");
    assertThat(r.outcomes()).filteredOn(o -> o.entry().source().equals(SyntheticCorpus.EVALUATION_ONLY)).hasSize(12)
        .allMatch(o -> !Double.isNaN(o.probability()));
    assertThat(r.report()).contains("| evaluation only | 12 files from synthetic/evaluation-only",
        "| phishing_other | en | 12 | 0 |");
    assertThat(ModelFile.read(first.model(), "m").info()).containsEntry("trained-on-files", "92");
  }

  @Test
  void theReportNamesDataParametersAndResults() {
    assertThat(first.report()).contains("Written by `test` on 2000-01-01", "corpus fingerprint | sha256:",
        "| ham | en | 60 | 60 |", "| sextortion | en | 20 | 20 |", "Grouped 5-fold cross-validation",
        "rules-only / model-only / combined", "model file |");
  }

  @Test
  void copiesOfATemplateShareAGroupAndNeverAFoldBoundary() throws IOException, InterruptedException {
    List<Example> examples = new Corpus(dir, Shield.builder().withoutModel().build(),
        new FeatureExtractor(TrainingConfig.defaults().features())).read(2);
    int[] group = Grouping.of(examples);
    for (int t = 0; t < SyntheticCorpus.TEMPLATES.size(); t++) {
      for (int copy = 1; copy < 4; copy++) {
        assertThat(group[t * 4 + copy]).as("template %d copy %d", t, copy).isEqualTo(group[t * 4]);
      }
      if (t > 0) {
        assertThat(group[t * 4]).isNotEqualTo(group[0]);
      }
    }
    int[] fold = GroupedFolds.assign(examples, group, 5);
    for (int i = 0; i < examples.size(); i++) {
      for (int j = 0; j < examples.size(); j++) {
        if (group[i] == group[j]) {
          assertThat(fold[i]).isEqualTo(fold[j]);
        }
      }
    }
    int[] positivesPerFold = new int[5];
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).positive()) {
        positivesPerFold[fold[i]] += 1;
      }
    }
    assertThat(positivesPerFold).containsOnly(4);
  }
}
