package org.sextortionshield.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code summary.csv}: one header line and one line for the message (RFC 4180), for a spreadsheet of cases. Several
 * values in one cell are separated by "; ". A cell the sender wrote that starts like a spreadsheet formula
 * ({@code = + - @}) gets a leading apostrophe, so opening the file cannot run it.
 */
final class SummaryCsv {
  static final List<String> COLUMNS = List.of("analysed_at", "file", "sha256", "size", "verdict", "score",
      "received", "date", "from", "reply_to", "subject", "message_id", "sender_ip", "wallets", "amounts", "deadlines",
      "emails", "urls", "contacts", "money_transfer_numbers");

  private SummaryCsv() {}

  static String of(CaseFile c) {
    MessageFacts f = c.facts();
    List<String> row = List.of(c.analysedAt().atOffset(ZoneOffset.UTC).toString(), c.name(), c.sha256(),
        String.valueOf(c.original().length), c.verdict().category().label(),
        String.format(Locale.ROOT, "%.4f", c.verdict().score()), c.received() == null ? "" : c.received().toString(),
        f.date() == null ? "" : f.date().toString(), f.from(), f.replyTo(), f.subject(), f.messageId(),
        join(c, "ip"), join(c, "wallet"), join(c, "amount"), join(c, "deadline"), join(c, "email"), join(c, "url"),
        join(c, "skype-id", "social-profile", "phone"), join(c, "mtcn"));
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(COLUMNS);
      // each value masked before quoting: a quote inside a password is doubled by the CSV and would not match
      csv.printRecord(row.stream().map(c::clean).map(SummaryCsv::defuse).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String join(CaseFile c, String... kinds) {
    return c.indicators(kinds).stream().map(IndicatorRow::value).collect(Collectors.joining("; "));
  }

  static String defuse(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
