package org.sextortionshield.core.signal;

import java.util.List;
import org.sextortionshield.core.content.MailingList;
import org.sextortionshield.core.domain.SenderDomains;
import org.sextortionshield.core.mail.MailAddress;

/**
 * Replies are diverted: Reply-To leads to another registrable domain than From, often a free mail box. Mailing lists
 * (which set Reply-To to the list) and replies to the organisation's own domains are left alone.
 */
public final class ReplyToElsewhereSignal implements Signal {
  private final SenderDomains domains;

  public ReplyToElsewhereSignal(SenderDomains domains) {
    this.domains = domains;
  }

  @Override
  public String id() {
    return "reply-to-elsewhere";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<MailAddress> from = input.trail().from();
    List<MailAddress> replyTo = input.trail().replyTo();
    if (from.isEmpty() || replyTo.isEmpty() || MailingList.isList(input.content().message())) {
      return List.of();
    }
    String fromDomain = domains.registrable(from.get(0).address());
    for (MailAddress r : replyTo.subList(0, Math.min(3, replyTo.size()))) {
      String replyDomain = domains.registrable(r.address());
      if (fromDomain.isEmpty() || replyDomain.isEmpty() || replyDomain.equals(fromDomain)
          || domains.organisationDomains().contains(replyDomain)) {
        continue;
      }
      String freemail = domains.isFreemail(replyDomain) ? ", a free mail provider," : "";
      return List.of(Evidence.header("From: " + from.get(0).address() + " / Reply-To: " + r.address(),
          "replies go to " + replyDomain + freemail + " not to the sender's " + fromDomain));
    }
    return List.of();
  }
}
