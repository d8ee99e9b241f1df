package org.sextortionshield.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.header.ReceivedHop;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Everything the pack says about one message, computed once and shared by every output: the original's hash, the
 * message's statements, the verdict, the header trail, indicators, timeline and report-form answers. Every text in
 * it is already cleared of secrets; only {@link #original()} is the message as received.
 */
public final class CaseFile {
  static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);
  private static final int MAX_LISTED = 5;

  private final String name;
  private final byte[] original;
  private final String sha256;
  private final Instant analysedAt;
  private final Verdict verdict;
  private final HeaderTrail trail;
  private final MessageFacts facts;
  private final List<IndicatorRow> indicators;
  private final List<TimelineEvent> timeline;
  private final List<ReportField> reportFields;
  private final Redactor redactor;

  private CaseFile(String name, byte[] original, ParsedMessage message, Verdict verdict, HeaderTrail trail,
      Instant analysedAt) {
    this.name = name;
    this.original = original.clone();
    this.sha256 = sha256(original);
    this.analysedAt = analysedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    this.verdict = verdict;
    this.trail = trail;
    this.redactor = Redactor.of(verdict);
    this.facts = MessageFacts.of(message, redactor);
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorRow r : IndicatorRows.of(verdict.indicators(), trail, facts.recipients(), Explorers.defaults())) {
      rows.add(new IndicatorRow(r.kind(), redactor.clean(r.value()), r.qualifier(), redactor.clean(r.detail()),
          r.link(), r.location()));
    }
    this.indicators = List.copyOf(rows);
    this.timeline = Timeline.of(facts, trail, verdict.indicators(), this.analysedAt).stream()
        .map(e -> new TimelineEvent(e.when(), redactor.clean(e.what()), e.source())).toList();
    this.reportFields = ReportFields.fill(answers());
  }

  /**
   * @param name the input's name, for people ("inbox/scam.eml")
   * @param original the message exactly as received
   * @param message the parsed message the verdict was made from
   * @param trail the message's header trail
   */
  public static CaseFile of(String name, byte[] original, ParsedMessage message, Verdict verdict, HeaderTrail trail,
      Instant analysedAt) {
    return new CaseFile(name, original, message, verdict, trail, analysedAt);
  }

  public String name() {
    return name;
  }

  /** The message byte for byte (a copy). */
  public byte[] original() {
    return original.clone();
  }

  public String sha256() {
    return sha256;
  }

  public Instant analysedAt() {
    return analysedAt;
  }

  public Verdict verdict() {
    return verdict;
  }

  public HeaderTrail trail() {
    return trail;
  }

  MessageFacts facts() {
    return facts;
  }

  public List<IndicatorRow> indicators() {
    return indicators;
  }

  public List<TimelineEvent> timeline() {
    return timeline;
  }

  public List<ReportField> reportFields() {
    return reportFields;
  }

  /** The passwords the mail quotes, masked (first and last character). */
  List<String> quotedPasswords() {
    return redactor.masked();
  }

  /** Cleans any further text (a raw header) of secrets before it is written. */
  String clean(String text) {
    return redactor.clean(text);
  }

  /** Cleans every text value of a JSON tree in place, except under the fields named in {@code codes}. */
  void clean(com.fasterxml.jackson.databind.JsonNode tree, java.util.Set<String> codes) {
    redactor.clean(tree, codes);
  }

  List<IndicatorRow> indicators(String... kinds) {
    return IndicatorRows.ofKind(indicators, kinds);
  }

  /** "SEXTORTION e-mail", "EXTORTION e-mail" or "no extortion found". */
  String headline() {
    return switch (verdict.category()) {
      case SEXTORTION -> "Sextortion e-mail";
      case EXTORTION -> "Extortion e-mail";
      case CLEAN -> "No extortion found";
    };
  }

  /** One sentence on what the mail does, from the signals that fired (its own and its forwarded originals'). */
  String incident() {
    String what = verdict.category() == Category.CLEAN ? "An e-mail" : headline();
    String claims = claims();
    return claims.isEmpty() ? what + "." : what + ": t" + claims.substring(1);
  }

  /** "The sender claims …; demands money; …." or "" when no signal fired. */
  String claims() {
    Set<String> claims = new LinkedHashSet<>();
    collectExplanations(verdict, claims);
    return claims.isEmpty() ? "" : "The sender " + String.join("; ", claims) + ".";
  }

  private static void collectExplanations(Verdict v, Set<String> out) {
    for (SignalResult s : v.signals()) {
      out.add(s.explanation());
    }
    v.attached().forEach(a -> collectExplanations(a, out));
  }

  /** When our side received it: the topmost Received time, else the sender's Date. */
  OffsetDateTime received() {
    for (ReceivedHop hop : trail.received().hops()) {
      if (hop.timestamp() != null) {
        return hop.timestamp();
      }
    }
    return facts.date();
  }

  private Map<String, String> answers() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("incident", incident());
    OffsetDateTime received = received();
    a.put("date-received", received == null ? null : READABLE.format(received));
    a.put("contact-method", "E-mail");
    a.put("sender-email", facts.from());
    a.put("reply-to", facts.replyTo());
    a.put("sender-ip", values(indicators("ip")));
    a.put("suspect-contacts", values(indicators("skype-id", "social-profile", "phone")));
    a.put("suspect-websites", values(indicators("url")));
    a.put("subject", facts.subject());
    a.put("amount-demanded", values(indicators("amount")));
    a.put("payment-method", paymentMethod());
    a.put("wallet-address", values(indicators("wallet")));
    a.put("money-transfer-number", values(indicators("mtcn")));
    a.put("deadline", values(indicators("deadline")));
    a.put("message-hash", "original.eml, SHA-256 " + sha256);
    return a;
  }

  private String paymentMethod() {
    Set<String> methods = new LinkedHashSet<>();
    verdict.indicators().wallets().forEach(w -> methods.add("cryptocurrency (" + Explorers.defaults()
        .name(w.currency()) + ")"));
    if (!indicators("mtcn").isEmpty()) {
      methods.add("money transfer (Western Union / MoneyGram)");
    }
    return String.join(", ", methods);
  }

  private static String values(List<IndicatorRow> rows) {
    String listed = rows.stream().limit(MAX_LISTED).map(IndicatorRow::value).collect(Collectors.joining(", "));
    return rows.size() > MAX_LISTED ? listed + " and " + (rows.size() - MAX_LISTED) + " more" : listed;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
