package org.sextortionshield.evidence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.sextortionshield.core.header.AuthResult;
import org.sextortionshield.core.header.ReceivedHop;

/** {@code headers.txt}: the header trail for a person, oldest hop first, with what each part can be trusted for. */
final class HeaderReport {
  private HeaderReport() {}

  static String of(CaseFile c) {
    MessageFacts f = c.facts();
    StringBuilder out = new StringBuilder(2048);
    out.append("Header trail of ").append(c.name()).append('\n');
    out.append("The sender writes From, Reply-To, Date and the lower Received headers and can lie in them; only the "
        + "top hops,\nadded by your own provider, can be trusted.\n\n");
    out.append("Message\n");
    line(out, "Date", f.dateText());
    line(out, "From", f.from());
    line(out, "Reply-To", f.replyTo());
    line(out, "Return-Path", f.returnPath());
    line(out, "To", f.to());
    line(out, "Subject", f.subject());
    line(out, "Message-ID", f.messageId());
    line(out, "SHA-256", c.sha256() + " (of original.eml)");
    List<ReceivedHop> hops = c.trail().received().hops();
    out.append("\nReceived hops, from the origin to your mailbox (").append(hops.size()).append(")\n");
    OffsetDateTime previous = null;
    for (int i = hops.size() - 1; i >= 0; i--) {
      ReceivedHop h = hops.get(i);
      out.append(String.format("  %2d. %s%n", hops.size() - i, h.timestamp() == null ? "(time unreadable)"
          : CaseFile.READABLE.format(h.timestamp())));
      String from = join(h.fromHost(), h.ip().isEmpty() ? "" : "[" + h.ip() + "]",
          h.fromHelo().isEmpty() || h.fromHelo().equalsIgnoreCase(h.fromHost()) ? "" : "(helo " + h.fromHelo() + ")");
      if (!from.isEmpty()) {
        out.append("      from ").append(c.clean(from)).append('\n');
      }
      String by = join(h.by(), h.with().isEmpty() ? "" : "with " + h.with(), h.id().isEmpty() ? "" : "id " + h.id());
      if (!by.isEmpty()) {
        out.append("      by ").append(c.clean(by)).append('\n');
      }
      if (previous != null && h.timestamp() != null) {
        Duration d = Duration.between(previous, h.timestamp());
        out.append("      ").append(d.isNegative() ? "earlier than the previous hop by " + d.negated().toSeconds()
            + " s (clocks disagree or the header is forged)" : d.toSeconds() + " s after the previous hop")
            .append('\n');
      }
      if (h.timestamp() != null) {
        previous = h.timestamp();
      }
    }
    String sending = c.trail().received().firstExternalIp();
    String origin = c.trail().received().claimedOriginIp();
    line(out, "Sending server", sending == null ? "no public IP recorded" : sending
        + " (first public IP seen from your side)");
    if (origin != null && !origin.equals(sending)) {
      line(out, "Claimed origin", origin + " (lowest public IP; may be forged)");
    }
    out.append("\nAuthentication results (trusted: added by your provider's server)\n");
    List<AuthResult> results = c.trail().authentication().all();
    if (results.isEmpty()) {
      out.append("  none recorded\n");
    }
    for (AuthResult r : results) {
      StringBuilder props = new StringBuilder();
      for (Map.Entry<String, String> p : r.properties().entrySet()) {
        props.append(' ').append(p.getKey()).append('=').append(p.getValue());
      }
      out.append("  ").append(r.method()).append('=').append(r.result())
          .append(r.reason().isEmpty() ? "" : " (" + r.reason() + ")").append(props)
          .append(" by ").append(r.authservId()).append(r.arc() ? " [ARC]" : "")
          .append(r.trusted() ? " [trusted]" : " [not trusted: anyone can write this header]").append('\n');
    }
    return c.clean(out.toString());
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("  %-14s %s%n", label + ":", value == null || value.isEmpty() ? "(none)" : value));
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(p);
      }
    }
    return b.toString();
  }
}
