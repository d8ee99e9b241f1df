package org.sextortionshield.core.verdict;

import org.sextortionshield.core.model.ModelOpinion;

/**
 * Forms the final score and category from the rules ({@link Scorer}) and the model's probability {@code p}. The
 * rules keep what makes a verdict explainable; the model may add, never take away:
 * <ol>
 *   <li>rules say sextortion: sextortion, score {@code max(rules score, p)};</li>
 *   <li>rules say extortion: extortion, rules' score. The rules understood the mail as a threat without a sexual
 *       claim; a text that merely resembles sextortion is no sexual claim, so the model does not relabel it;</li>
 *   <li>otherwise (the rules see no extortion), when the mail demands money (a demand signal fired) and
 *       {@code p >= threshold}: sextortion, score {@code max(rules score, p)}. This is how reworded, translated or
 *       obfuscated scams the cues miss are caught; the demand gate keeps the model from flagging mail that asks for
 *       nothing;</li>
 *   <li>otherwise clean, score {@code min(0.49, max(rules score, p))}: it shows the model's suspicion but stays
 *       below the default threshold, as the rules' unstructured scores do.</li>
 * </ol>
 * Without a model the rules decide alone. The model is asked only where it can decide something ({@link #asks}): a
 * mail the rules call clean that demands nothing stays clean whatever the model says, so its score is the rules'.
 */
public final class Combiner {
  /** Who decided the category. */
  public enum Basis {
    /** The rules alone: there is no model, or the rules overruled it (an extortion, or a mail demanding nothing). */
    RULES,
    /** The model: the rules found a demand but not the whole structure of a sextortion. */
    MODEL,
    /** Rules and model agree. */
    RULES_AND_MODEL;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  public record Result(double score, Category category, Basis basis) {}

  private final double threshold;

  public Combiner(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Whether the model's opinion can matter: the rules flagged the mail (the model may confirm or raise the score), or
   * the mail demands something (the model may call it sextortion). Elsewhere the category is clean whatever the model
   * says, and asking it would cost a third of the verdict's CPU to colour a clean score.
   *
   * @param demand a signal of the demand facet fired (an amount, a wallet, payment wording)
   */
  public boolean asks(Scorer.Result rules, boolean demand) {
    return demand || rules.category() != Category.CLEAN;
  }

  /**
   * @param demand a signal of the demand facet fired (an amount, a wallet, payment wording)
   * @param model the model's opinion, or null without a model or when it was not asked ({@link #asks})
   */
  public Result combine(Scorer.Result rules, boolean demand, ModelOpinion model) {
    if (model == null) {
      return new Result(rules.score(), rules.category(), Basis.RULES);
    }
    double p = model.probability();
    boolean modelSays = p >= threshold;
    double max = Math.max(rules.score(), p);
    if (rules.category() == Category.SEXTORTION) {
      return new Result(max, Category.SEXTORTION, modelSays ? Basis.RULES_AND_MODEL : Basis.RULES);
    }
    if (rules.category() == Category.EXTORTION) {
      return new Result(rules.score(), Category.EXTORTION, Basis.RULES);
    }
    if (demand && modelSays) {
      return new Result(max, Category.SEXTORTION, Basis.MODEL);
    }
    return new Result(Math.min(Scorer.UNSTRUCTURED_CAP, max), Category.CLEAN,
        modelSays ? Basis.RULES : Basis.RULES_AND_MODEL);
  }
}
