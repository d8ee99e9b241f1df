package org.sextortionshield.core.verdict;

import java.util.List;
import org.sextortionshield.core.advice.Advice;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.mail.Attachment;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.signal.SignalResult;

/**
 * The engine's answer for one message: a category, a score in [0, 1], the signals that fired with their evidence,
 * the indicators found, and the advice that applies. A forwarded original ({@code attached}) has a verdict of its
 * own; the message's category and score are the worst of its own and its attachments'.
 *
 * @param ownCategory the category of this message's own text, before attached messages are considered
 * @param rulesCategory what the rules alone say of this message's own text
 * @param rulesScore the rules' score of this message's own text
 * @param model the model's opinion of this message's own text; null without a model, or when the model was not asked (see {@link Combiner#asks})
 * @param decidedBy who decided this message's own category (see {@link Combiner})
 * @param attachments the message's attachments (name, type, size, SHA-256)
 * @param problems what could not be read as declared, one line each
 * @param truncated a size limit cut the message short; the verdict speaks only of what was read
 */
public record Verdict(String messageId, String subject, Category category, double score, Category ownCategory,
    double ownScore, Category rulesCategory, double rulesScore, ModelOpinion model, Combiner.Basis decidedBy,
    List<SignalResult> signals, Indicators indicators, List<Advice> advice, List<Verdict> attached,
    List<Attachment> attachments, List<String> problems, boolean truncated, long size, String sha256) {

  public boolean isClean() {
    return category == Category.CLEAN;
  }

  public boolean fired(String signalId) {
    for (SignalResult s : signals) {
      if (s.id().equals(signalId)) {
        return true;
      }
    }
    return false;
  }

  /** The worst of two categories. */
  public static Category worse(Category a, Category b) {
    return a.severity() >= b.severity() ? a : b;
  }
}
