package org.sextortionshield.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sextortionshield.core.model.LinearModel;

/**
 * Grouped cross-validation: each fold's files are judged by a model trained (and calibrated, with inner folds) on the
 * other folds only, by the same recipe as {@code shield train}; files that may only be evaluated are judged but never
 * trained on. Near-duplicates share a group and groups never span
 * folds, so a campaign's copies cannot vouch for each other.
 */
public final class CrossValidation {
  /**
   * @param group near-duplicate group of each example
   * @param fold the fold each example was held out in
   * @param probabilities for each example, the held-out probability of each of its messages; null when unreadable
   */
  public record Result(int[] group, int[] fold, double[][] probabilities) {}

  private CrossValidation() {}

  public static Result run(List<Example> examples, Trainer trainer, int threads)
      throws InterruptedException {
    int[] group = Grouping.of(examples);
    int folds = trainer.config().folds();
    int[] fold = GroupedFolds.assign(examples, group, folds);
    double[][] probabilities = new double[examples.size()][];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, folds)), r -> {
      Thread t = new Thread(r, "shield-cv");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<LinearModel>> models = new ArrayList<>();
      for (int k = 0; k < folds; k++) {
        int held = k;
        models.add(pool.submit(() -> trainWithout(examples, group, fold, held, trainer)));
      }
      for (int k = 0; k < folds; k++) {
        LinearModel model = models.get(k).get();
        for (int i = 0; i < examples.size(); i++) {
          Example e = examples.get(i);
          if (fold[i] == k && e.error() == null) {
            probabilities[i] = new double[e.parts().size()];
            for (int p = 0; p < e.parts().size(); p++) {
              probabilities[i][p] = model.probability(e.parts().get(p).features());
            }
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cross-validation failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(group, fold, probabilities);
  }

  private static LinearModel trainWithout(List<Example> examples, int[] group, int[] fold, int held,
      Trainer trainer) {
    List<Example> training = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (fold[i] != held && e.error() == null && trainer.config().trainable(e.entry())) {
        training.add(examples.get(i));
        groups.add(group[i]);
      }
    }
    return trainer.train(training, groups.stream().mapToInt(Integer::intValue).toArray(), Map.of());
  }
}
