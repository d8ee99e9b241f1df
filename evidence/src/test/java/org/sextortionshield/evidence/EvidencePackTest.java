package org.sextortionshield.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack of a full sextortion fixture: every file checked for what a police officer and a machine need. */
class EvidencePackTest {
  private static final String CLEAR = "Kx7!pelican";
  private static final String MASKED = "K*********n";
  private static final String WALLET = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final byte[] original = Packs.fixture("sextortion-full.eml");
  private final CaseFile pack = Packs.caseFile("inbox/sextortion-full.eml", original);
  private final Map<String, byte[]> files = EvidencePack.contents(pack);

  @TempDir
  Path dir;

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("pages").isEqualTo(1);
      return new PDFTextStripper().getText(doc);
    }
  }

  private String text(String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void theOriginalIsKeptByteForByteWithItsSha256() throws Exception {
    assertThat(files.keySet()).containsExactly("original.eml", "original.eml.sha256", "report.pdf", "headers.txt",
        "timeline.txt", "evidence.json", "stix-bundle.json", "summary.csv");
    assertThat(files.get("original.eml")).isEqualTo(original);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
    assertThat(text("original.eml.sha256")).isEqualTo(sha + "  original.eml\n");
    assertThat(pack.sha256()).isEqualTo(sha).isEqualTo(pack.verdict().sha256());
  }

  @Test
  void thePdfIsOnePageAPersonCanHandToThePolice() throws IOException {
    String pdf = pdfText(files.get("report.pdf"));
    assertThat(pdf).contains("Sextortion e-mail: report for the police")
        .contains(WALLET).contains("https://mempool.space/address/" + WALLET)
        .contains("1200 EUR").contains("48 hours").contains("noreply@scam.example").contains("pay.me.now@scam.example")
        .contains("81.2.69.160").contains(MASKED).contains(pack.sha256())
        .contains("Did you pay anything?").contains("to be filled in by you")
        .contains("2024-09-02 10:15:07 +02:00");
    assertThat(pdf).doesNotContain(CLEAR);
  }

  @Test
  void evidenceJsonHoldsVerdictTrailIndicatorsTimelineAndReportFields() throws IOException {
    JsonNode json = JSON.readTree(files.get("evidence.json"));
    assertThat(json.path("format").asText()).isEqualTo(EvidenceJson.FORMAT);
    assertThat(json.path("sha256").asText()).isEqualTo(pack.sha256());
    assertThat(json.path("verdict").path("verdict").asText()).isEqualTo("sextortion");
    assertThat(json.path("verdict").path("advice")).isNotEmpty();
    assertThat(json.path("message").path("subject").asText()).isEqualTo(MASKED + " is your password");
    JsonNode trail = json.path("header_trail");
    assertThat(trail.path("received")).hasSize(3);
    assertThat(trail.path("sending_ip").asText()).isEqualTo("81.2.69.160");
    assertThat(trail.path("authentication").findValuesAsText("method")).contains("spf", "dkim", "dmarc");
    assertThat(trail.path("authentication").get(0).path("trusted").asBoolean()).isTrue();
    assertThat(trail.path("authentication").get(3).path("trusted").asBoolean()).isFalse();
    Map<String, String> byKind = new LinkedHashMap<>();
    json.path("indicators").forEach(i -> byKind.putIfAbsent(i.path("kind").asText(), i.path("value").asText()));
    assertThat(byKind).containsEntry("wallet", WALLET).containsEntry("amount", "1200 EUR")
        .containsEntry("deadline", "48 hours").containsEntry("url", "https://buy-coins.scam.example/howto")
        .containsEntry("ip", "81.2.69.160");
    assertThat(json.path("indicators").findValuesAsText("value")).doesNotContain("lena.vogt@example.org");
    List<String> when = json.path("timeline").findValuesAsText("when");
    assertThat(when).first().isEqualTo("2024-09-02T08:14:58Z");
    assertThat(json.path("timeline").findValuesAsText("what")).anySatisfy(w -> assertThat(w).contains("deadline"));
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    json.path("report_fields").forEach(f -> fields.put(f.path("key").asText(), f));
    assertThat(fields.get("wallet-address").path("value").asText()).isEqualTo(WALLET);
    assertThat(fields.get("payment-method").path("value").asText()).isEqualTo("cryptocurrency (Bitcoin)");
    assertThat(fields.get("sender-ip").path("value").asText()).isEqualTo("81.2.69.160");
    assertThat(fields.get("paid").path("known").asBoolean()).isFalse();
    assertThat(fields.get("paid").path("value").asText()).isEqualTo(ReportFields.TO_FILL);
    assertThat(fields.get("money-transfer-number").path("value").asText()).isEqualTo(ReportFields.UNKNOWN);
    assertThat(fields.get("amount-demanded").path("forms").findValuesAsText("")).isEmpty();
    assertThat(fields.get("amount-demanded").path("forms").toString()).contains("IC3").contains("Action Fraud");
  }

  @Test
  void everyReportFieldSourceIsAnsweredOrLeftToTheVictim() {
    assertThat(pack.reportFields()).extracting(ReportField::key).contains("date-received", "sender-email",
        "amount-demanded", "payment-method", "wallet-address", "paid", "victim-details");
    for (ReportField f : pack.reportFields()) {
      assertThat(f.value()).as(f.key()).isNotBlank();
    }
  }

  @Test
  void theStixBundleMeetsTheRequiredPropertiesOfStix21() throws IOException {
    JsonNode bundle = JSON.readTree(files.get("stix-bundle.json"));
    assertThat(StixValidator.problems(bundle)).isEmpty();
    List<String> patterns = bundle.path("objects").findValuesAsText("pattern");
    assertThat(patterns).contains("[x-cryptocurrency-wallet:address = '" + WALLET + "']",
        "[url:value = 'https://buy-coins.scam.example/howto']", "[ipv4-addr:value = '81.2.69.160']",
        "[email-addr:value = 'pay.me.now@scam.example']");
    assertThat(bundle.path("objects").findValuesAsText("type")).contains("identity", "email-message", "email-addr",
        "indicator", "report", StixBundle.WALLET_TYPE, "url", "ipv4-addr");
    JsonNode message = find(bundle, "email-message");
    assertThat(message.path("subject").asText()).isEqualTo(MASKED + " is your password");
    assertThat(message.path("date").asText()).isEqualTo("2024-09-02T08:14:58.000Z");
    // the same pack made twice has the same ids (deterministic identifiers)
    assertThat(StixBundle.of(Packs.caseFile("again.eml", original)).toString()
        .replace("again.eml", "inbox/sextortion-full.eml")).isEqualTo(StixBundle.of(pack).toString());
  }

  @Test
  void theValidatorCatchesWhatItShould() throws IOException {
    JsonNode bundle = JSON.readTree(files.get("stix-bundle.json"));
    String broken = bundle.toString().replace("\"pattern_type\":\"stix\",", "")
        .replace("\"spec_version\":\"2.1\",\"id\":\"identity--", "\"spec_version\":\"2.0\",\"id\":\"identity--")
        .replaceFirst("\"created\":\"([^\"]+)\\.\\d{3}Z\"", "\"created\":\"$1Z\"");
    assertThat(StixValidator.problems(JSON.readTree(broken))).anySatisfy(p -> assertThat(p).contains("pattern_type"))
        .anySatisfy(p -> assertThat(p).contains("spec_version must be 2.1"))
        .anySatisfy(p -> assertThat(p).contains("millisecond"));
  }

  @Test
  void patternLiteralsAreEscaped() {
    assertThat(StixBundle.escape("a'b\\c")).isEqualTo("a\\'b\\\\c");
    assertThat(StixBundle.pattern(new IndicatorRow("url", "https://x.example/it's", "", "", "", "body")))
        .isEqualTo("[url:value = 'https://x.example/it\\'s']");
  }

  @Test
  void contactKindsHavePatternsOrGoToTheReport() {
    assertThat(StixBundle.pattern(new IndicatorRow("skype-id", "live:.cid.1234abcd", "skype", "", "", "body")))
        .isEqualTo("[user-account:account_login = 'live:.cid.1234abcd']");
    assertThat(StixBundle.pattern(new IndicatorRow("social-profile", "https://www.facebook.com/some.profile", "",
        "", "", "body"))).isEqualTo("[url:value = 'https://www.facebook.com/some.profile']");
    assertThat(StixBundle.pattern(new IndicatorRow("mtcn", "1234567890", "", "", "", "body"))).isNull();
    assertThat(StixBundle.pattern(new IndicatorRow("amount", "900 USD", "USD", "", "", "body"))).isNull();
  }

  @Test
  void theCsvIsOneHeaderLineAndOneLine() throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text("summary.csv"))).getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).toList()).isEqualTo(SummaryCsv.COLUMNS);
    CSVRecord line = records.get(1);
    assertThat(line.size()).isEqualTo(SummaryCsv.COLUMNS.size());
    assertThat(line.get(SummaryCsv.COLUMNS.indexOf("wallets"))).isEqualTo(WALLET);
    assertThat(line.get(SummaryCsv.COLUMNS.indexOf("sha256"))).isEqualTo(pack.sha256());
    assertThat(line.get(SummaryCsv.COLUMNS.indexOf("verdict"))).isEqualTo("sextortion");
    assertThat(SummaryCsv.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
  }

  @Test
  void headersAndTimelineAreReadable() {
    String headers = text("headers.txt");
    assertThat(headers).contains("Received hops, from the origin to your mailbox (3)")
        .contains("from mailer.scam.example [81.2.69.160]").contains("dmarc=fail")
        .contains("[trusted]").contains("[not trusted: anyone can write this header]")
        .contains("Sending server: 81.2.69.160");
    assertThat(headers.indexOf("[10.0.0.5]")).isLessThan(headers.indexOf("[81.2.69.160]"));
    String timeline = text("timeline.txt");
    assertThat(timeline.lines().skip(2).toList()).hasSize(6).first().asString()
        .startsWith("2024-09-02 08:14:58 +00:00");
  }

  @Test
  void noOutputButTheOriginalHoldsTheQuotedPasswordInClear() throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String content = f.getKey().endsWith(".pdf") ? pdfText(f.getValue())
          : new String(f.getValue(), StandardCharsets.UTF_8);
      if (f.getKey().equals("original.eml")) {
        assertThat(content).contains(CLEAR);
      } else {
        assertThat(content).as(f.getKey()).doesNotContain(CLEAR).doesNotContain("pelican");
      }
    }
    assertThat(new String(files.get("report.pdf"), StandardCharsets.ISO_8859_1)).doesNotContain("pelican");
  }

  /**
   * Found by auditing: the JSON files were masked after they were written, so a password "null", "true" or "type"
   * broke them, one the writer escaped ("hun\\ter22") or the CSV quoted ("hun""ter22") stayed in clear; the PDF
   * printed From and Message-ID unmasked; a Date in year 999999999 threw instead of making a pack.
   */
  @Test
  void everyFileStaysWellFormedAndMaskedWhateverThePassword() throws IOException {
    for (String password : new String[] {"null", "true", "false", "type", "hun\\ter22", "hun\"ter22"}) {
      String quoted = password.replace("\\", "\\\\").replace("\"", "\\\"");
      byte[] mail = ("From: \"" + quoted + "\" <hacker@evil.example>\r\nTo: victim@example.org\r\n"
          + "Received: from a (a [192.0.2.1]) by mx.example.org with ESMTP id " + password.replace("\"", "")
          + "; Mon, 2 Sep 2024 08:14:58 +0000\r\n"
          + "Authentication-Results: mx.example.org; spf=pass" + password.replace("\"", "") + " smtp.mailfrom=x"
          + password.replace("\"", "") + "=1\r\n"
          + "Message-ID: <" + password.replace("\"", "") + "@evil.example>\r\nDate: 31 Dec 999999999 23:00:00 +1800\r\n"
          + "Subject: hello\r\n\r\nYour password is: '" + password + "'. I recorded you through your webcam. Pay $900 in "
          + "Bitcoin to " + WALLET + " within 48 hours.\r\n").getBytes(StandardCharsets.UTF_8);
      Map<String, byte[]> out = EvidencePack.contents(Packs.caseFile("pw.eml", mail));
      assertThat(out.keySet()).contains("evidence.json", "stix-bundle.json", "summary.csv", "report.pdf");
      JsonNode evidence = JSON.readTree(out.get("evidence.json"));
      JsonNode stix = JSON.readTree(out.get("stix-bundle.json"));
      assertThat(StixValidator.problems(stix)).as(password).isEmpty();
      String clear = password.replace("\"", "");
      if (clear.equals(password)) { // the Message-ID lost the quote, so only the others name it whole
        assertThat(evidence.path("message").path("message_id").asText()).as(password).doesNotContain(password);
      }
      assertThat(evidence.path("message").path("from").asText()).as(password).doesNotContain(password);
      // found in review: a Received id, an auth result and a property key were written in clear
      if (clear.equals(password)) { // the headers carry it whole
        assertThat(texts(evidence.path("header_trail"))).as(password).noneMatch(t -> t.contains(password));
      }
      assertThat(evidence.path("verdict").path("verdict").asText()).isEqualTo("sextortion");
      CSVRecord row = CSVFormat.RFC4180.parse(new StringReader(new String(out.get("summary.csv"),
          StandardCharsets.UTF_8))).getRecords().get(1);
      row.forEach(value -> assertThat(value).as(password).doesNotContain(password));
      assertThat(pdfText(out.get("report.pdf"))).as(password).doesNotContain(password);
    }
  }

  /** Every text value and every key under {@code node}. */
  private static List<String> texts(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.fields().forEachRemaining(f -> {
      out.add(f.getKey());
      out.addAll(texts(f.getValue()));
    });
    if (node.isArray()) {
      node.forEach(element -> out.addAll(texts(element)));
    }
    return out;
  }

  @Test
  void writesAFolderOrAZipAndNeverOverwrites() throws IOException {
    Path folder = dir.resolve("pack");
    EvidencePack.write(pack, folder);
    assertThat(Files.readAllBytes(folder.resolve("original.eml"))).isEqualTo(original);
    assertThatThrownBy(() -> EvidencePack.write(pack, folder)).isInstanceOf(IOException.class)
        .hasMessageContaining("not empty");
    Path zip = dir.resolve("pack.zip");
    EvidencePack.write(pack, zip);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries.keySet()).isEqualTo(files.keySet());
    assertThat(entries.get("original.eml")).isEqualTo(original);
    assertThat(entries.get("evidence.json")).isEqualTo(files.get("evidence.json"));
    assertThatThrownBy(() -> EvidencePack.write(pack, zip)).isInstanceOf(IOException.class)
        .hasMessageContaining("exists");
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pack", "pack.zip");
    }
  }

  private static JsonNode find(JsonNode bundle, String type) {
    for (JsonNode o : bundle.path("objects")) {
      if (o.path("type").asText().equals(type)) {
        return o;
      }
    }
    throw new AssertionError("no " + type);
  }
}
