package org.sextortionshield.training;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Combiner;
import org.sextortionshield.core.verdict.Verdict;

/**
 * One corpus file judged three ways: by the rules alone, by the model alone ({@code probability >= threshold}) and by
 * the engine's combination ({@link Combiner}). A file is as bad as its worst message.
 *
 * @param probability the model's highest probability over the file's messages; NaN without a model
 * @param error why the file could not be read; null when it could
 */
public record Outcome(Manifest.Entry entry, Category rules, double rulesScore, double probability, Category combined,
    double combinedScore, List<String> signals, String error) {

  /**
   * @param probabilities the model's probability for each of the example's messages, or null without a model
   */
  public static Outcome of(Example e, double[] probabilities, Combiner combiner) {
    if (e.error() != null) {
      return new Outcome(e.entry(), Category.CLEAN, 0, Double.NaN, Category.CLEAN, 0, List.of(), e.error());
    }
    Category rules = Category.CLEAN;
    Category combined = Category.CLEAN;
    double rulesScore = 0;
    double combinedScore = 0;
    double probability = probabilities == null ? Double.NaN : 0;
    List<String> signals = new ArrayList<>();
    for (int i = 0; i < e.parts().size(); i++) {
      Example.Part part = e.parts().get(i);
      // the engine asks the model only where it can decide something; the model-alone judge reads every message
      ModelOpinion opinion = probabilities == null || !combiner.asks(part.rules(), part.demand()) ? null
          : new ModelOpinion(probabilities[i]);
      Combiner.Result c = combiner.combine(part.rules(), part.demand(), opinion);
      rules = Verdict.worse(rules, part.rules().category());
      rulesScore = Math.max(rulesScore, part.rules().score());
      combined = Verdict.worse(combined, c.category());
      combinedScore = Math.max(combinedScore, c.score());
      if (probabilities != null) {
        probability = Math.max(probability, probabilities[i]);
      }
      part.signals().stream().filter(s -> !signals.contains(s)).forEach(signals::add);
    }
    return new Outcome(e.entry(), rules, rulesScore, probability, combined, combinedScore, List.copyOf(signals), null);
  }

  /** The three judges, by name. */
  public enum Judge { RULES, MODEL, COMBINED }

  /** Did this judge call the file sextortion? */
  public boolean sextortion(Judge judge, double threshold) {
    return switch (judge) {
      case RULES -> rules == Category.SEXTORTION;
      case MODEL -> !Double.isNaN(probability) && probability >= threshold;
      case COMBINED -> combined == Category.SEXTORTION;
    };
  }
}
