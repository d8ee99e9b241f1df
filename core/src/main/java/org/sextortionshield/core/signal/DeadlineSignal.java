package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.indicator.Deadline;
import org.sextortionshield.core.lexicon.CueMatch;

/**
 * A deadline: a time limit ("within 48 hours") or pressure phrasing of several words ("the timer started when you
 * opened this"). A lone urgent word ("tomorrow", "immediately") is too common in ordinary mail to count by itself.
 */
public final class DeadlineSignal implements Signal {
  private static final int MIN_CUE_WORDS = 3;

  @Override
  public String id() {
    return "deadline";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<Evidence> out = new ArrayList<>();
    for (Deadline d : input.indicators().deadlines()) {
      if (out.size() >= CueSignal.MAX_EVIDENCE) {
        break;
      }
      String context = PaymentInstructionsSignal.contextOf(input, d.location(), d.start(), d.end());
      out.add(new Evidence(d.location(), d.text(), context,
          definition.explanation() + " (" + hours(d.hours()) + ")", d.start(), d.end()));
    }
    for (MessageContent.Found<CueMatch> f : input.content().cues("deadline")) {
      if (out.size() >= CueSignal.MAX_EVIDENCE) {
        break;
      }
      if (f.item().to() - f.item().from() >= MIN_CUE_WORDS) {
        out.add(CueSignal.evidence(f.segment(), f.item(), definition.explanation()));
      }
    }
    return out;
  }

  static String hours(double h) {
    if (h >= 24 && h % 24 == 0) {
      long days = (long) (h / 24);
      return (long) h + " hours = " + days + (days == 1 ? " day" : " days");
    }
    return (h == Math.rint(h) ? String.valueOf((long) h) : String.format(java.util.Locale.ROOT, "%.1f", h)) + " hours";
  }
}
