package org.sextortionshield.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.model.FeatureExtractor;
import org.sextortionshield.core.model.LinearModel;
import org.sextortionshield.core.model.ModelFile;
import org.sextortionshield.core.verdict.Combiner;

/**
 * {@code shield train}: reads a labelled corpus through the rules engine, measures the recipe by grouped
 * cross-validation, trains the final model on every readable file, and writes the model file and its report. The
 * model file depends only on the corpus and {@link TrainingConfig}: the same input gives the same bytes.
 */
public final class Training {
  /** What a training run produced. */
  public record Result(byte[] model, String report, List<Outcome> outcomes, Comparison comparison) {}

  private final TrainingConfig config;
  private final int threads;

  public Training(TrainingConfig config, int threads) {
    this.config = config;
    this.threads = threads;
  }

  /**
   * @param command how the run was started, for the report
   * @param date when, for the report (the model file carries no date)
   */
  public Result run(Path corpus, String command, String date) throws IOException, InterruptedException {
    Shield rules = Shield.builder().withoutModel().build();
    List<Example> examples = new Corpus(corpus, rules, new FeatureExtractor(config.features())).read(threads);
    Trainer trainer = new Trainer(config);
    CrossValidation.Result cv = CrossValidation.run(examples, trainer, threads);
    Combiner combiner = new Combiner(Shield.DEFAULT_THRESHOLD);
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      outcomes.add(Outcome.of(examples.get(i), cv.probabilities()[i], combiner));
    }
    Comparison comparison = new Comparison(outcomes, Shield.DEFAULT_THRESHOLD);

    List<Example> readable = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).error() == null && config.trainable(examples.get(i).entry())) {
        readable.add(examples.get(i));
        groups.add(cv.group()[i]);
      }
    }
    String fingerprint = fingerprint(examples);
    Map<String, String> info = new LinkedHashMap<>();
    info.put("corpus", "sha256:" + fingerprint);
    info.put("trained-on-files", Integer.toString(readable.size()));
    info.putAll(config.info());
    LinearModel model = trainer.train(readable, groups.stream().mapToInt(Integer::intValue).toArray(), info);
    byte[] bytes = ModelFile.bytes(model);
    String report = report(command, date, corpus, examples, cv, comparison, model, bytes, fingerprint);
    return new Result(bytes, report, outcomes, comparison);
  }

  /** sha256 over the sorted lines "path TAB label TAB language TAB sha256-of-file". */
  public static String fingerprint(List<Example> examples) {
    List<String> lines = new ArrayList<>();
    for (Example e : examples) {
      lines.add(e.entry().path() + "\t" + e.entry().label() + "\t" + e.entry().language() + "\t" + e.sha256() + "\n");
    }
    lines.sort(Comparator.naturalOrder());
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      lines.forEach(l -> d.update(l.getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String report(String command, String date, Path corpus, List<Example> examples, CrossValidation.Result cv,
      Comparison comparison, LinearModel model, byte[] bytes, String fingerprint) {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    long unreadable = examples.stream().filter(e -> e.error() != null).count();
    long evaluationOnly = examples.stream().filter(e -> !config.trainable(e.entry())).count();
    int groups = 0;
    Map<Integer, Integer> groupSize = new TreeMap<>();
    for (int g : cv.group()) {
      groups = Math.max(groups, g + 1);
      groupSize.merge(g, 1, Integer::sum);
    }
    int largest = groupSize.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    out.println("# Sextortion model: training report");
    out.println();
    out.println("Written by `" + command + "` on " + date + ". Everything but this date depends only on the corpus");
    out.println("and `training.txt`: training twice gives the same model file, byte for byte.");
    out.println();
    out.println("| | |");
    out.println("|---|---|");
    out.println("| corpus | `" + corpus + "` |");
    out.println("| corpus fingerprint | sha256:" + fingerprint + " (over the sorted manifest lines and file hashes) |");
    out.printf(Locale.ROOT, "| files | %d (%d unreadable) |%n", examples.size(), unreadable);
    out.printf(Locale.ROOT, "| evaluation only | %d files from %s: judged in cross-validation, never trained on "
        + "(licence) |%n", evaluationOnly, config.evaluationOnlySources().isEmpty() ? "no source"
        : String.join(", ", config.evaluationOnlySources()));
    out.printf(Locale.ROOT, "| near-duplicate groups | %d (largest: %d files) |%n", groups, largest);
    out.println("| parameters | " + config.describe() + " |");
    out.println("| features | " + model.config().toHeader() + " |");
    out.printf(Locale.ROOT, "| model file | %,d bytes, %,d non-zero weights, sha256:%s |%n", bytes.length,
        model.nonZeroWeights(), sha256(bytes));
    out.printf(Locale.ROOT, "| calibration | P = 1 / (1 + exp(%s f + %s)) |%n", ModelFile.number(model.calibrationA()),
        ModelFile.number(model.calibrationB()));
    out.println();
    out.println("## Data");
    out.println();
    out.println("| label | language | files | trained on |");
    out.println("|---|---|---|---|");
    Map<String, int[]> counts = new TreeMap<>();
    for (Example e : examples) {
      int[] c = counts.computeIfAbsent(e.entry().label() + " | " + e.entry().language(), k -> new int[2]);
      c[0]++;
      if (e.error() == null && config.trainable(e.entry())) {
        c[1]++;
      }
    }
    counts.forEach((k, v) -> out.println("| " + k + " | " + v[0] + " | " + v[1] + " |"));
    out.println();
    out.printf(Locale.ROOT, "## Grouped %d-fold cross-validation%n%n", config.folds());
    out.println("Each fold is judged by a model trained and calibrated on the other folds only; near-duplicates");
    out.println("(same wallet, or word 4-gram similarity) never sit on both sides. Threshold "
        + Shield.DEFAULT_THRESHOLD + ".");
    out.println();
    out.println("```text");
    comparison.print(out);
    out.println("```");
    out.flush();
    return s.toString();
  }
}
