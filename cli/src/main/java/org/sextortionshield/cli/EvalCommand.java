package org.sextortionshield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.model.FeatureExtractor;
import org.sextortionshield.core.model.LinearModel;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Combiner;
import org.sextortionshield.training.Comparison;
import org.sextortionshield.training.Corpus;
import org.sextortionshield.training.CrossValidation;
import org.sextortionshield.training.Example;
import org.sextortionshield.training.Manifest;
import org.sextortionshield.training.Outcome;
import org.sextortionshield.training.Trainer;
import org.sextortionshield.training.Training;
import org.sextortionshield.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield eval DIR}: accuracy of the sextortion verdict against a labelled corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measures the sextortion verdict on a labelled corpus: DIR/manifest.tsv (columns path, label, "
        + "language; labels sextortion, other_extortion, phishing_other, spam_other, ham).",
        "Prints precision, recall, F1 and false-positive rate of the engine's verdict (rules + model), per label and "
            + "per language, every miss and false alarm, then rules-only, model-only and combined side by side.",
        "With --cv K the model is not the embedded one: each file is judged by a model trained on the other folds of "
            + "a grouped K-fold cross-validation (near-duplicates never on both sides)."})
final class EvalCommand implements Callable<Integer> {
  static final String POSITIVE = Manifest.POSITIVE;

  @Parameters(arity = "1", paramLabel = "DIR", description = "Corpus directory with manifest.tsv.")
  Path dir;

  @Option(names = "--cv", paramLabel = "K", description = "Judge each file by a model trained without its fold "
      + "(grouped K-fold cross-validation, K >= 2), as 'shield train' would train it.")
  Integer folds;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** One corpus file's outcome under the engine's verdict: the worst over its messages, or an error. */
  record Result(Manifest.Entry entry, Category category, double score, List<String> signals, String error) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (folds != null && folds < 2) {
      throw new IllegalArgumentException("--cv needs at least 2 folds, got " + folds);
    }
    if (!java.nio.file.Files.isRegularFile(Corpus.manifest(dir))) {
      throw new IOException(dir + ": no manifest.tsv");
    }
    long start = System.nanoTime();
    Shield shield = folds != null ? Shield.builder().threshold(engine.threshold()).withoutModel().build()
        : engine.shield(err);
    TrainingConfig config = TrainingConfig.defaults().withFolds(folds == null ? 2 : folds);
    LinearModel model = shield.predictor() == null ? null : shield.predictor().model();
    FeatureExtractor extractor = model != null ? shield.predictor().extractor()
        : new FeatureExtractor(config.features());
    List<Example> examples = new Corpus(dir, shield, extractor).read(engine.threads());
    double[][] probabilities = new double[examples.size()][];
    String modelLine;
    if (folds != null) {
      probabilities = CrossValidation.run(examples, new Trainer(config), engine.threads()).probabilities();
      modelLine = "model: grouped " + folds + "-fold cross-validation (each file judged by a model trained and "
          + "calibrated on the other folds)";
    } else if (model != null) {
      for (int i = 0; i < examples.size(); i++) {
        probabilities[i] = probabilities(model, examples.get(i));
      }
      modelLine = modelLine(model, Training.fingerprint(examples));
    } else {
      probabilities = null;
      modelLine = "model: none (rules only)";
    }
    Combiner combiner = new Combiner(engine.threshold());
    List<Outcome> outcomes = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Outcome o = Outcome.of(examples.get(i), probabilities == null ? null : probabilities[i], combiner);
      outcomes.add(o);
      results.add(new Result(o.entry(), o.combined(), o.combinedScore(), o.signals(), o.error()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    new EvalReport(out, results).print(engine.threshold(), seconds, modelLine);
    if (probabilities != null) {
      out.println();
      new Comparison(outcomes, engine.threshold()).print(out);
    }
    out.flush();
    return ShieldCommand.CLEAN;
  }

  private static double[] probabilities(LinearModel model, Example e) {
    if (e.error() != null) {
      return null;
    }
    double[] p = new double[e.parts().size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = model.probability(e.parts().get(i).features());
    }
    return p;
  }

  private static String modelLine(LinearModel model, String corpusFingerprint) {
    String trainedOn = model.info().getOrDefault("corpus", "an unknown corpus");
    String line = "model: as configured, trained on " + trainedOn;
    if (trainedOn.equals("sha256:" + corpusFingerprint)) {
      line += "\n  WARNING: the model was trained on this very corpus, so its figures are in-sample and flatter it; "
          + "use --cv K for honest ones";
    }
    return line;
  }

  /** Tallies of the sextortion verdict for one group of messages. */
  static final class Tally {
    int total;
    int positives;
    int truePositives;
    int falsePositives;
    int extortion;
    int errors;

    void add(Result r) {
      total++;
      boolean positive = r.entry().label().equals(POSITIVE);
      boolean predicted = r.category() == Category.SEXTORTION;
      if (r.error() != null) {
        errors++;
      }
      if (positive) {
        positives++;
        if (predicted) {
          truePositives++;
        }
      } else if (predicted) {
        falsePositives++;
      }
      if (r.category() == Category.EXTORTION) {
        extortion++;
      }
    }

    int negatives() {
      return total - positives;
    }

    double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? Double.NaN : (double) truePositives / p;
    }

    double recall() {
      return positives == 0 ? Double.NaN : (double) truePositives / positives;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : 2 * p * r / (p + r);
    }

    double falsePositiveRate() {
      return negatives() == 0 ? Double.NaN : (double) falsePositives / negatives();
    }
  }

  static Map<String, Tally> groupBy(List<Result> results, java.util.function.Function<Result, String> key) {
    Map<String, Tally> map = new TreeMap<>();
    for (Result r : results) {
      map.computeIfAbsent(key.apply(r), k -> new Tally()).add(r);
    }
    return map;
  }

  static String pct(double d) {
    return Double.isNaN(d) ? "   n/a" : String.format(Locale.ROOT, "%5.1f%%", d * 100);
  }
}
