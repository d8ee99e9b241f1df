package org.sextortionshield.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sextortionshield.core.model.FeatureVector;
import org.sextortionshield.core.model.LinearModel;
import org.sextortionshield.core.model.ModelException;
import org.sextortionshield.core.model.ModelFile;

/**
 * Trains the model: L2-regularised logistic regression (liblinear, with the solver, cost and seed of
 * {@link TrainingConfig}; a seeded solver is deterministic) on the features of each file's own message, sextortion
 * against everything else, then Platt calibration on decision values of held-out inner folds (grouped like the outer
 * ones), then a last fit on all files. The result goes
 * through the model file format and back, so what is evaluated is byte for byte what ships.
 */
public final class Trainer {
  static {
    Linear.disableDebugOutput();
  }

  private final TrainingConfig config;

  public Trainer(TrainingConfig config) {
    this.config = config;
  }

  public TrainingConfig config() {
    return config;
  }

  /**
   * @param examples readable training files
   * @param group their near-duplicate groups (see {@link Grouping})
   * @param info descriptive header lines for the model file
   */
  public LinearModel train(List<Example> examples, int[] group, Map<String, String> info) {
    long positives = examples.stream().filter(Example::positive).count();
    if (positives < config.calibrationFolds() || positives == examples.size()) {
      throw new IllegalArgumentException("training needs at least " + config.calibrationFolds()
          + " sextortion files and some other mail; got " + positives + " of " + examples.size());
    }
    int[] inner = GroupedFolds.assign(examples, group, config.calibrationFolds());
    double[] decision = new double[examples.size()];
    boolean[] positive = new boolean[examples.size()];
    for (int k = 0; k < config.calibrationFolds(); k++) {
      List<Example> fit = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (inner[i] != k) {
          fit.add(examples.get(i));
        }
      }
      Raw raw = fit(fit);
      for (int i = 0; i < examples.size(); i++) {
        if (inner[i] == k) {
          decision[i] = raw.decision(examples.get(i).primary().features());
        }
      }
    }
    for (int i = 0; i < examples.size(); i++) {
      positive[i] = examples.get(i).positive();
    }
    double[] ab = Platt.fit(decision, positive);
    Raw all = fit(examples);
    float[] weights = new float[config.features().dimension()];
    for (int b = 0; b < weights.length; b++) {
      weights[b] = (float) all.weights[b];
    }
    LinearModel model = new LinearModel(config.features(), weights, all.bias, ab[0], ab[1], info);
    try {
      return ModelFile.read(ModelFile.bytes(model), "freshly trained model");
    } catch (ModelException e) {
      throw new IllegalStateException("the model just written cannot be read back: " + e.getMessage(), e);
    }
  }

  /** A fitted weight vector before calibration. */
  private record Raw(double[] weights, double bias) {
    double decision(FeatureVector v) {
      double f = bias;
      for (int i = 0; i < v.size(); i++) {
        f += weights[v.index(i)] * v.value(i);
      }
      return f;
    }
  }

  private Raw fit(List<Example> examples) {
    long positives = examples.stream().filter(Example::positive).count();
    if (positives == 0 || positives == examples.size()) {
      throw new IllegalArgumentException("a fold left only one kind of mail to learn from: the corpus has too few "
          + "groups of " + (positives == 0 ? "sextortion" : "other mail") + " for " + config.folds() + " folds");
    }
    int dim = config.features().dimension();
    int[] df = new int[dim];
    for (Example e : examples) {
      FeatureVector v = e.primary().features();
      for (int i = 0; i < v.size(); i++) {
        df[v.index(i)]++;
      }
    }
    FeatureNode biasNode = new FeatureNode(dim + 1, 1.0);
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = dim + 1;
    problem.bias = 1.0;
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int e = 0; e < examples.size(); e++) {
      FeatureVector v = examples.get(e).primary().features();
      List<Feature> kept = new ArrayList<>(v.size() + 1);
      for (int i = 0; i < v.size(); i++) {
        if (df[v.index(i)] >= config.minDocumentFrequency()) {
          kept.add(new FeatureNode(v.index(i) + 1, v.value(i)));
        }
      }
      kept.add(biasNode);
      problem.x[e] = kept.toArray(new Feature[0]);
      problem.y[e] = examples.get(e).positive() ? 1 : -1;
    }
    Parameter parameter = new Parameter(SolverType.valueOf(config.solver()), config.c(), config.epsilon());
    parameter.setWeights(new double[] {config.positiveWeight(), 1}, new int[] {1, -1});
    parameter.setRandom(new Random(config.seed()));
    Model model = Linear.train(problem, parameter);
    double[] w = model.getFeatureWeights();
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] weights = new double[dim];
    for (int b = 0; b < dim; b++) {
      weights[b] = sign * w[b];
    }
    return new Raw(weights, sign * w[dim]);
  }
}
