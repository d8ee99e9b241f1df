package org.sextortionshield.core.signal;

import java.util.List;
import org.sextortionshield.core.mail.MailAddress;

/**
 * The sender address is the recipient's own: spoofed to look as if the mail came from the victim's account. A
 * mailing list that rewrites From to its own address for DMARC ("Jane Doe via some-list") is not a forgery.
 */
public final class FromEqualsToSignal implements Signal {
  @Override
  public String id() {
    return "from-equals-to";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<MailAddress> from = input.content().message().from();
    if (from.isEmpty()) {
      return List.of();
    }
    String sender = from.get(0).address();
    if (from.get(0).displayName().toLowerCase(java.util.Locale.ROOT).contains(" via ")) {
      return List.of();
    }
    for (MailAddress to : input.content().message().to()) {
      if (!sender.isEmpty() && sender.equals(to.address())) {
        String quote = "From: " + sender + " / To: " + to.address();
        return List.of(Evidence.header(quote, definition.explanation()));
      }
    }
    return List.of();
  }
}
