package org.sextortionshield.training;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.model.FeatureConfig;

/**
 * The parameters of training and grouped cross-validation, read from the data file
 * {@code org/sextortionshield/training/training.txt}.
 *
 * @param solver liblinear's solver for L2-regularised logistic regression: {@code L2R_LR} (primal) or
 *     {@code L2R_LR_DUAL}
 * @param c inverse regularisation strength of the logistic regression
 * @param positiveWeight how much more a sextortion file's error costs than another file's
 * @param epsilon the solver's stopping tolerance
 * @param minDocumentFrequency a feature is learnt only when that many training files have it
 * @param folds outer folds of cross-validation
 * @param calibrationFolds inner folds whose held-out decision values calibrate the probabilities
 * @param evaluationOnlySources corpus sources (manifest column {@code source_repo}) whose licence allows evaluation
 *     but not training: their files are judged in cross-validation, never learnt from
 * @param seed the seed of the solver's random order (the dual solver shuffles; the primal one draws none)
 */
public record TrainingConfig(FeatureConfig features, String solver, double c, double positiveWeight, double epsilon,
    int minDocumentFrequency, int folds, int calibrationFolds, long seed, Set<String> evaluationOnlySources) {
  public static final String RESOURCE = "org/sextortionshield/training/training.txt";

  public TrainingConfig {
    if (!solver.equals("L2R_LR") && !solver.equals("L2R_LR_DUAL")) {
      throw new IllegalArgumentException("solver must be L2R_LR or L2R_LR_DUAL, got " + solver);
    }
    if (folds < 2 || calibrationFolds < 2) {
      throw new IllegalArgumentException("folds and calibration-folds must be at least 2");
    }
  }

  public static TrainingConfig defaults() {
    DataFile f = DataFile.resource(RESOURCE);
    Map<String, String> h = f.headers();
    return new TrainingConfig(FeatureConfig.fromHeader(h), h.get("solver"), Double.parseDouble(h.get("c")),
        Double.parseDouble(h.get("positive-weight")), Double.parseDouble(h.get("epsilon")),
        Integer.parseInt(h.get("min-document-frequency")), Integer.parseInt(h.get("folds")),
        Integer.parseInt(h.get("calibration-folds")), Long.parseLong(h.get("seed")),
        list(h.getOrDefault("evaluation-only-sources", "")));
  }

  private static Set<String> list(String commaSeparated) {
    Set<String> out = new TreeSet<>();
    for (String s : commaSeparated.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  public TrainingConfig withEvaluationOnlySources(Set<String> sources) {
    return new TrainingConfig(features, solver, c, positiveWeight, epsilon, minDocumentFrequency, folds,
        calibrationFolds, seed, Set.copyOf(sources));
  }

  /** May this file be learnt from? */
  public boolean trainable(Manifest.Entry entry) {
    return !evaluationOnlySources.contains(entry.source());
  }

  public TrainingConfig withFolds(int outer) {
    return new TrainingConfig(features, solver, c, positiveWeight, epsilon, minDocumentFrequency, outer, calibrationFolds,
        seed, evaluationOnlySources);
  }

  /** One line for the model file and the report. */
  public String describe() {
    return String.format(Locale.ROOT, "liblinear %s c=%s positive-weight=%s epsilon=%s min-document-frequency=%d"
        + " calibration-folds=%d seed=%d evaluation-only-sources=%s", solver, c, positiveWeight, epsilon,
        minDocumentFrequency, calibrationFolds, seed, String.join(",", evaluationOnlySources));
  }

  Map<String, String> info() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("trained-with", describe());
    return m;
  }
}
