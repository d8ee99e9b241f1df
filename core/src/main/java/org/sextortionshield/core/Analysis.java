package org.sextortionshield.core;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.advice.Situation;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Scorer;

/**
 * What the rules found in one message before any model speaks: its prepared content, indicators, fired signals (with
 * secrets masked), the rules' score and category, and the same for each forwarded original; what could not be read
 * ({@code problems}) and what a breach check learnt ({@code breach}, for guidance). Training reads this to build
 * features; {@link Shield} turns it into a verdict.
 */
public record Analysis(ParsedMessage message, MessageContent content, Indicators indicators,
    List<SignalResult> signals, Scorer.Result rules, List<Analysis> attached, List<String> problems,
    Situation breach) {

  /**
   * The fired signals the model sees: those about the content. Sender forgery and authentication results are left to
   * the rules, so that a sender's passing or failing authentication can never move the model's opinion of the text.
   */
  public List<String> signalIds() {
    List<String> ids = new ArrayList<>(signals.size());
    for (SignalResult s : signals) {
      if (s.facet() != Facet.FORGERY) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  public boolean hasFacet(Facet facet) {
    for (SignalResult s : signals) {
      if (s.facet() == facet) {
        return true;
      }
    }
    return false;
  }
}
