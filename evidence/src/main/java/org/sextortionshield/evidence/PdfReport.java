package org.sextortionshield.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.SignalResult;

/**
 * {@code report.pdf}: one page a person can hand to the police, in plain words — what the mail is, what it names
 * (wallets with explorer links, amounts, deadlines, contacts), the sender's own words, the answers for the IC3 and
 * Action Fraud forms (the rest marked "to be filled in by you"), and a timeline. Secrets are masked.
 */
final class PdfReport {
  private static final int MAX_ROWS = 8;
  private static final int MAX_QUOTES = 3;
  private static final int MAX_EVENTS = 6;
  private static final int MAX_QUOTE = 200;
  /** Report-form answers the page already shows in "The message" or "What the sender demands and names". */
  private static final java.util.Set<String> SHOWN_ABOVE = java.util.Set.of("date-received", "sender-email",
      "reply-to", "sender-ip", "suspect-websites", "subject", "amount-demanded", "wallet-address", "deadline",
      "suspect-contacts", "money-transfer-number");

  private PdfReport() {}

  static byte[] of(CaseFile c) {
    try (PDDocument doc = new PDDocument()) {
      info(doc, c);
      String footer = "This pack also holds: original.eml (the message exactly as received; SHA-256 in "
          + "original.eml.sha256), headers.txt (the full header trail), evidence.json, stix-bundle.json (STIX 2.1) and "
          + "summary.csv. A password the mail quotes is shown masked (first and last character). Scores and wording "
          + "come from automatic analysis by Sextortion Shield; the sender's statements (From, Date, lower Received "
          + "headers) may be forged.";
      try (PdfPage page = new PdfPage(doc, 40)) {
        write(page, c);
        page.footer(footer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF report", e);
    }
  }

  private static void info(PDDocument doc, CaseFile c) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(c.headline() + ": report for the police");
    info.setCreator("Sextortion Shield");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    created.setTimeInMillis(c.analysedAt().toEpochMilli());
    info.setCreationDate(created);
  }

  private static void write(PdfPage p, CaseFile c) throws IOException {
    MessageFacts f = c.facts();
    p.title(c.headline() + ": report for the police");
    p.text("Prepared on " + CaseFile.READABLE.format(c.analysedAt().atOffset(ZoneOffset.UTC)) + " with Sextortion "
        + "Shield, for the police (in the UK Action Fraud or Police Scotland, in the US the FBI's IC3). The original "
        + "message is kept unchanged as original.eml, SHA-256 " + c.sha256() + ".", 8.5f);
    p.heading("Assessment");
    p.text(String.format(Locale.ROOT, "%s (automatic score %.2f of 1). %s", c.headline(), c.verdict().score(),
        c.claims()), 9);
    p.heading("The message");
    p.field("Received", c.received() == null ? "unknown" : CaseFile.READABLE.format(c.received()));
    p.field("Date written (sender's)", f.dateText());
    p.field("From", f.from());
    if (!f.replyTo().isEmpty()) {
      p.field("Reply-To", f.replyTo());
    }
    p.field("To", f.to());
    p.field("Subject", f.subject());
    p.field("Message-ID", f.messageId());
    if (!c.quotedPasswords().isEmpty()) {
      p.field("Password quoted in the mail", String.join(", ", c.quotedPasswords()) + " (masked: first and last "
          + "character; a real password of the recipient, probably from an old data breach)");
    }
    if (!c.indicators().isEmpty()) {
      p.heading("What the sender demands and names");
      int n = 0;
      for (IndicatorRow r : c.indicators()) {
        if (n++ == MAX_ROWS) {
          p.text("… and " + (c.indicators().size() - MAX_ROWS) + " more in evidence.json", 8.5f);
          break;
        }
        p.field(label(r.kind()), r.value() + (r.detail().isEmpty() ? "" : " — " + r.detail())
            + (r.link().isEmpty() ? "" : " — " + r.link()));
      }
    }
    // the heaviest signals first: the claims, threats and demands rather than the pressure around them
    List<SignalResult> signals = c.verdict().signals().stream()
        .sorted(java.util.Comparator.comparingDouble(SignalResult::weight).reversed()).toList();
    if (!signals.isEmpty()) {
      p.heading("The sender's own words");
      int n = 0;
      for (SignalResult s : signals) {
        if (s.evidence().isEmpty()) {
          continue;
        }
        if (n++ == MAX_QUOTES) {
          break;
        }
        Evidence e = s.evidence().get(0);
        p.field(capitalise(s.explanation()),
            "\"" + clip(c.clean(e.quote())) + "\" (" + c.clean(e.location()) + ")");
      }
    }
    p.heading("For the report form (IC3 / Action Fraud)");
    p.text("Answers found in the message are above (date, addresses, amount, wallet, deadline, links, IP address); "
        + "evidence.json lists every field.", 8);
    List<String> missing = new ArrayList<>();
    for (ReportField field : c.reportFields()) {
      if (field.key().equals("incident") || field.key().equals("message-hash")) {
        continue;
      }
      if (field.known() && SHOWN_ABOVE.contains(field.source())) {
        continue;
      }
      if (field.known() || field.value().equals(ReportFields.TO_FILL)) {
        p.field(field.label(), field.value());
      } else {
        missing.add(field.label());
      }
    }
    if (!missing.isEmpty()) {
      p.field("Not found in the message", String.join("; ", missing));
    }
    p.heading("Timeline (UTC offsets as recorded)");
    int n = 0;
    for (TimelineEvent e : c.timeline()) {
      if (n++ == MAX_EVENTS) {
        break;
      }
      p.field(CaseFile.READABLE.format(e.when()), e.what());
    }
  }

  private static String label(String kind) {
    return switch (kind) {
      case "wallet" -> "Wallet";
      case "amount" -> "Amount";
      case "deadline" -> "Deadline";
      case "email" -> "E-mail address";
      case "url" -> "Link";
      case "ip" -> "IP address";
      case "skype-id" -> "Skype ID";
      case "social-profile" -> "Profile link";
      case "mtcn" -> "Money transfer number (MTCN)";
      case "phone" -> "Phone number";
      default -> capitalise(kind.replace('-', ' '));
    };
  }

  private static String clip(String s) {
    return s.length() <= MAX_QUOTE ? s : s.substring(0, MAX_QUOTE) + "…";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
