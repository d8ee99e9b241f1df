package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sextortionshield.core.domain.Brand;
import org.sextortionshield.core.domain.DisplayNames;
import org.sextortionshield.core.domain.SenderDomains;
import org.sextortionshield.core.mail.MailAddress;

/**
 * The From display name pretends to be someone else: it writes another address ("service@paypal.com
 * &lt;x@mailer.example&gt;") or names a brand ("PayPal Service") whose domains the real address is not at. Mailing
 * lists that rewrite From ("Jane via some-list") are not forgeries.
 */
public final class DisplayNameForgerySignal implements Signal {
  private final SenderDomains domains;

  public DisplayNameForgerySignal(SenderDomains domains) {
    this.domains = domains;
  }

  @Override
  public String id() {
    return "display-name-forgery";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<MailAddress> from = input.trail().from();
    if (from.isEmpty() || from.get(0).displayName().isEmpty()) {
      return List.of();
    }
    MailAddress sender = from.get(0);
    String name = sender.displayName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains(" via ") || lower.contains("on behalf of")) {
      return List.of();
    }
    String actual = domains.registrable(sender.address());
    if (actual.isEmpty()) {
      return List.of();
    }
    List<Evidence> out = new ArrayList<>();
    String written = DisplayNames.addressIn(name);
    if (!written.isEmpty() && !written.equals(sender.address())) {
      String writtenDomain = domains.registrable(written);
      if (!writtenDomain.isEmpty() && !writtenDomain.equals(actual)) {
        out.add(Evidence.header(quote(sender), "the name shows the address " + written
            + ", but the mail comes from " + sender.address()));
      }
    }
    Brand brand = DisplayNames.claimedBrand(name, domains);
    if (brand != null && !domains.belongsTo(brand, actual) && !domains.organisationDomains().contains(actual)) {
      out.add(Evidence.header(quote(sender), "the name claims to be " + brand.names().get(0)
          + ", but the address is at " + actual + (domains.isFreemail(actual) ? " (a free mail provider)" : "")
          + ", not a " + brand.names().get(0) + " domain"));
    }
    return out;
  }

  /** The header quoted in evidence: made only when there is some (most mail has none). */
  private static String quote(MailAddress sender) {
    return "From: " + sender;
  }
}
