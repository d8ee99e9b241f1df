package org.sextortionshield.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.indicator.Amount;
import org.sextortionshield.core.indicator.Deadline;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.mail.MailAddress;

/**
 * Every indicator of a message as {@link IndicatorRow}s: the one place that knows the lists of {@link Indicators}.
 * Every output of the pack (PDF, JSON, STIX, CSV, report fields) iterates rows by kind, so a new indicator list
 * (Skype IDs, profile links, MTCNs, phone numbers) is added here and appears everywhere.
 */
final class IndicatorRows {
  private IndicatorRows() {}

  /**
   * @param recipients the recipients' own addresses: they are the victim's, not indicators of the sender
   */
  static List<IndicatorRow> of(Indicators ind, HeaderTrail trail, Collection<String> recipients,
      Explorers explorers) {
    List<IndicatorRow> rows = new ArrayList<>();
    Set<String> senders = new LinkedHashSet<>();
    sender(rows, senders, trail.from(), "sender address (From; may be forged)", recipients);
    sender(rows, senders, trail.replyTo(), "reply address (Reply-To): where answers would go", recipients);
    for (Wallet w : ind.wallets()) {
      String detail = explorers.name(w.currency()) + " address (" + w.type()
          + (w.validated() ? ", checksum valid" : ", checksum NOT valid") + (w.testnet() ? ", testnet" : "") + ")";
      rows.add(new IndicatorRow("wallet", w.address(), w.currency(), detail, explorers.link(w), w.location()));
    }
    for (Amount a : ind.amounts()) {
      rows.add(new IndicatorRow("amount", a.value().stripTrailingZeros().toPlainString() + " " + a.currency(),
          a.currency(), "written as \"" + a.text() + "\"", "", a.location()));
    }
    for (Deadline d : ind.deadlines()) {
      rows.add(new IndicatorRow("deadline", hours(d.hours()), "", "written as \"" + d.text() + "\"", "", d.location()));
    }
    for (String e : ind.emails()) {
      if (!recipients.contains(e.toLowerCase(Locale.ROOT)) && !senders.contains(e.toLowerCase(Locale.ROOT))) {
        rows.add(new IndicatorRow("email", e, "", "e-mail address named in the message", "", "text"));
      }
    }
    for (String u : ind.urls()) {
      rows.add(new IndicatorRow("url", u, "", "link in the message", "", "text"));
    }
    String ip = trail.received().firstExternalIp();
    if (ip != null) {
      rows.add(new IndicatorRow("ip", ip, "", "sending server as recorded by the receiving side", "", "header"));
    }
    String origin = trail.received().claimedOriginIp();
    if (origin != null && !origin.equals(ip)) {
      rows.add(new IndicatorRow("ip", origin, "", "claimed origin (lowest Received header; may be forged)", "",
          "header"));
    }
    return List.copyOf(rows);
  }

  private static void sender(List<IndicatorRow> rows, Set<String> seen, List<MailAddress> addresses, String detail,
      Collection<String> recipients) {
    for (MailAddress a : addresses) {
      String address = a.address().toLowerCase(Locale.ROOT);
      if (!recipients.contains(address) && seen.add(address)) {
        rows.add(new IndicatorRow("email", address, "", detail, "", "header"));
      }
    }
  }

  static List<IndicatorRow> ofKind(List<IndicatorRow> rows, String... kinds) {
    List<String> wanted = List.of(kinds);
    return rows.stream().filter(r -> wanted.contains(r.kind())).toList();
  }

  static String hours(double h) {
    return h == Math.rint(h) ? (long) h + " hours" : String.format(Locale.ROOT, "%.1f hours", h);
  }
}
