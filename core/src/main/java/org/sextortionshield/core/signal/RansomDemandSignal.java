package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sextortionshield.core.indicator.Amount;

/**
 * A ransom: a sum of money in a message that asks for money (demand or payment wording, a wallet) — or any
 * cryptocurrency amount, which ordinary invoices do not carry.
 */
public final class RansomDemandSignal implements Signal {
  private static final java.util.Set<String> CRYPTO = java.util.Set.of("BTC", "LTC", "ETH", "XMR", "DOGE", "TRX");

  @Override
  public String id() {
    return "ransom-demand";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    boolean asks = input.content().hasCue("demand") || input.content().hasCue("payment")
        || input.indicators().hasValidatedWallet();
    List<Evidence> out = new ArrayList<>();
    for (Amount a : input.indicators().amounts()) {
      if ((asks || CRYPTO.contains(a.currency())) && out.size() < CueSignal.MAX_EVIDENCE) {
        String context = PaymentInstructionsSignal.contextOf(input, a.location(), a.start(), a.end());
        out.add(new Evidence(a.location(), a.text(), context, definition.explanation() + " ("
            + a.value().stripTrailingZeros().toPlainString() + " " + a.currency().toUpperCase(Locale.ROOT) + ")",
            a.start(), a.end()));
      }
    }
    if (!out.isEmpty()) {
      out.addAll(CueSignal.quotes(input.content(), "demand", definition.explanation(), 1));
    }
    return out;
  }
}
