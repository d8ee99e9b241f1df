package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.domain.SenderDomains;
import org.sextortionshield.core.header.AuthResult;
import org.sextortionshield.core.header.AuthenticationResults;
import org.sextortionshield.core.mail.MailAddress;

/**
 * Authentication failed where the domain asked for it to count, as told by a trusted Authentication-Results header:
 * DMARC fails for a From domain that publishes p=reject or p=quarantine (DKIM failures for it are quoted alongside),
 * SPF hard-fails ("-all") for the From domain, Microsoft's composite authentication fails, or any DMARC or SPF
 * failure for a From address at the organisation's own domain. A pass never counts for anything: it proves who sent
 * the mail, not that its words are harmless.
 */
public final class AuthenticationFailureSignal implements Signal {
  private final SenderDomains domains;

  public AuthenticationFailureSignal(SenderDomains domains) {
    this.domains = domains;
  }

  @Override
  public String id() {
    return "authentication-failure";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<MailAddress> from = input.trail().from();
    if (from.isEmpty()) {
      return List.of();
    }
    String fromDomain = domains.registrable(from.get(0).address());
    boolean own = domains.organisationDomains().contains(fromDomain);
    AuthenticationResults auth = input.trail().authentication();
    List<Evidence> out = new ArrayList<>();
    boolean strictDmarcFailed = false;
    for (AuthResult r : auth.trusted("dmarc")) {
      if (r.failed() && (r.strictPolicy() || own) && aligned(r, fromDomain)) {
        strictDmarcFailed = true;
        out.add(Evidence.header(r.describe(), own ? "fails DMARC for your own organisation's domain"
            : "fails DMARC although " + fromDomain + " asks receivers to " + r.dmarcPolicy() + " such mail"));
      }
    }
    for (AuthResult r : auth.trusted("spf")) {
      if (r.result().equals("fail") || own && r.failed()) {
        if (aligned(r, fromDomain)) {
          out.add(Evidence.header(r.describe(), "SPF fails: " + fromDomain
              + " does not allow the sending server to send its mail"));
        }
      }
    }
    if (strictDmarcFailed) {
      for (AuthResult r : auth.trusted("dkim")) {
        if (r.failed() && aligned(r, fromDomain)) {
          out.add(Evidence.header(r.describe(), "the signature of " + fromDomain + " does not verify"));
        }
      }
    }
    for (AuthResult r : auth.trusted("compauth")) {
      if (r.result().equals("fail")) {
        out.add(Evidence.header(r.describe(), "Microsoft's composite authentication failed: the sender is not who "
            + "the From address says"));
      }
    }
    return out;
  }

  /** The result speaks for the From address's registrable domain (or does not name a domain at all). */
  private boolean aligned(AuthResult r, String fromDomain) {
    String d = r.domain();
    return d.isEmpty() || domains.registrable(d).equals(fromDomain);
  }
}
