package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.domain.LookAlike;
import org.sextortionshield.core.domain.SenderDomains;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.mail.MailAddress;

/**
 * A sender domain (From, Reply-To, Sender) imitates the organisation's own domain or a much-impersonated brand's:
 * look-alike letters ("paypa1.com", "rnicrosoft.com"), a typo ("micorsoft.com"), or the name inside a hyphenated one
 * ("paypal-secure.com"). Compared on the registrable domain, so "mail.paypal.co.uk" is PayPal's own.
 */
public final class LookAlikeDomainSignal implements Signal {
  private final SenderDomains domains;

  public LookAlikeDomainSignal(SenderDomains domains) {
    this.domains = domains;
  }

  @Override
  public String id() {
    return "look-alike-domain";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    HeaderTrail trail = input.trail();
    List<Evidence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    check("From", trail.from(), seen, out);
    check("Reply-To", trail.replyTo(), seen, out);
    check("Sender", trail.sender(), seen, out);
    return out;
  }

  private void check(String header, List<MailAddress> addresses, Set<String> seen, List<Evidence> out) {
    for (MailAddress a : addresses.subList(0, Math.min(3, addresses.size()))) {
      String registrable = domains.registrable(a.address());
      if (registrable.isEmpty() || !seen.add(registrable)) {
        continue;
      }
      SenderDomains.Imitation imitation = domains.imitated(registrable);
      if (imitation != null) {
        out.add(Evidence.header(header + ": " + a, registrable + " imitates " + imitation.genuine() + " ("
            + imitation.owner() + "): " + how(imitation.kind())));
      }
    }
  }

  private static String how(LookAlike.Kind kind) {
    return switch (kind) {
      case SKELETON -> "look-alike letters";
      case TYPO -> "one or two letters changed";
      case CONTAINS -> "the name with words added";
      case NONE -> "";
    };
  }
}
