package org.sextortionshield.evidence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sextortionshield.core.header.Dates;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * The message's own statements, as a report needs them: when it says it was written ({@code date}, null when
 * unreadable, with the header as written in {@code dateText}), who it claims to be from ({@code from} as shown,
 * {@code fromAddress} bare), where replies should go, to whom it was sent, its subject and Message-ID, and whether
 * its top part is multipart. The sender writes all of these and may lie; every text has its secrets masked.
 */
record MessageFacts(OffsetDateTime date, String dateText, String from, String fromAddress, String replyTo,
    String replyToAddress, String returnPath, String to, List<String> recipients, String subject, String messageId,
    boolean multipart) {

  static MessageFacts of(ParsedMessage m, Redactor redactor) {
    String dateText = m.header("Date").strip();
    String returnPath = m.header("Return-Path").strip().replace("<", "").replace(">", "");
    List<String> recipients = new ArrayList<>();
    m.to().forEach(a -> recipients.add(redactor.clean(a.address().toLowerCase(Locale.ROOT))));
    m.cc().forEach(a -> recipients.add(redactor.clean(a.address().toLowerCase(Locale.ROOT))));
    // every statement masked here, once: the report, the CSV, the JSON and STIX all print them
    return new MessageFacts(Dates.parse(dateText), redactor.clean(dateText), redactor.clean(shown(m.from())),
        redactor.clean(first(m.from())), redactor.clean(shown(m.replyTo())), redactor.clean(first(m.replyTo())),
        redactor.clean(returnPath), redactor.clean(shown(m.to())), List.copyOf(recipients),
        redactor.clean(m.subject()), redactor.clean(m.messageId()),
        m.header("Content-Type").strip().toLowerCase(Locale.ROOT).startsWith("multipart/"));
  }

  private static String shown(List<MailAddress> list) {
    return list.stream().map(a -> a.displayName().isEmpty() ? a.address() : a.displayName() + " <" + a.address()
        + ">").collect(Collectors.joining(", "));
  }

  private static String first(List<MailAddress> list) {
    return list.isEmpty() ? "" : list.get(0).address().toLowerCase(Locale.ROOT);
  }
}
