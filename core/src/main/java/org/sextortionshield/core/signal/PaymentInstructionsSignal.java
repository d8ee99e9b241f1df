package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.Wallet;

/** Payment instructions: a checksum-valid wallet address, or payment wording (Bitcoin, "copy and paste", QR code). */
public final class PaymentInstructionsSignal implements Signal {
  @Override
  public String id() {
    return "payment-instructions";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<Evidence> out = new ArrayList<>();
    for (Wallet w : input.indicators().wallets()) {
      if (w.validated() && out.size() < CueSignal.MAX_EVIDENCE) {
        TextSegment segment = segmentOf(input, w.location(), w.end());
        String context = segment == null ? "" : segment.context(w.start(), w.end());
        String quote = segment == null ? w.address() : segment.original().substring(w.start(), w.end());
        out.add(new Evidence(w.location(), quote, context, w.currency() + " address"
            + (w.testnet() ? " (testnet)" : "") + (w.obfuscated() ? " written in disguise, " + w.address() + "," : "")
            + " with a valid checksum", w.start(), w.end()));
      }
    }
    out.addAll(CueSignal.quotes(input.content(), "payment", definition.explanation(),
        CueSignal.MAX_EVIDENCE - Math.min(out.size(), CueSignal.MAX_EVIDENCE - 1)));
    return out;
  }

  static String contextOf(SignalInput input, String location, int start, int end) {
    TextSegment s = segmentOf(input, location, end);
    return s == null ? "" : s.context(start, end);
  }

  /** The segment an indicator was found in (its quote is the sender's own text), or null. Locations are unique. */
  static TextSegment segmentOf(SignalInput input, String location, int end) {
    for (TextSegment s : input.content().segments()) {
      if (s.location().equals(location) && end <= s.original().length()) {
        return s;
      }
    }
    return null;
  }
}
