package org.sextortionshield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on messages written into a temporary folder. */
class CliTest {
  static final String SEXTORTION = """
      From: kim@example.org
      To: kim@example.org
      Subject: I know everything
      Message-ID: <cli-1@example.net>

      I hacked your laptop and recorded you through your webcam while you were watching porn.
      I will send the video to all your contacts unless you pay 800 USD in Bitcoin
      to my Bitcoin address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa within 48 hours.
      """;
  static final String CLEAN = """
      From: ops@example.org
      To: team@example.org
      Subject: Maintenance window
      Message-ID: <cli-2@example.org>

      The mail server will be restarted on Sunday at 02:00. Expect ten minutes of downtime.
      """;

  @TempDir
  Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static Run run(InputStream stdin, String... args) {
    InputStream saved = System.in;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      System.setIn(stdin);
      int status = ShieldCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Run(status, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonlHasOneObjectPerMessageWithTheDocumentedFields() throws IOException {
    write("a/scam.eml", SEXTORTION);
    write("b/ok.eml", CLEAN);
    write("box.mbox", "From x Mon Jan  1 00:00:00 2024\n" + CLEAN + "\nFrom y Mon Jan  1 00:00:01 2024\n" + SEXTORTION);
    Run r = run("scan", "--format", "jsonl", dir.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    for (String field : List.of("file", "message_id", "verdict", "score", "signals", "indicators", "advice")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.get("file").asText()).endsWith("scam.eml");
    assertThat(first.get("verdict").asText()).isEqualTo("sextortion");
    assertThat(first.get("signals").get(0).get("evidence").get(0).get("quote").asText()).isNotBlank();
    assertThat(json.readTree(lines.get(1)).get("verdict").asText()).isEqualTo("clean");
    assertThat(json.readTree(lines.get(2)).get("file").asText()).endsWith("box.mbox#1");
    assertThat(json.readTree(lines.get(3)).get("file").asText()).endsWith("box.mbox#2");
    assertThat(json.readTree(lines.get(3)).get("verdict").asText()).isEqualTo("sextortion");
  }

  @Test
  void jsonIsOneArray() throws IOException {
    write("scam.eml", SEXTORTION);
    write("ok.eml", CLEAN);
    Run r = run("scan", "--format", "json", dir.toString());
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(2);
  }

  @Test
  void textIsForAPerson() throws IOException {
    Path scam = write("scam.eml", SEXTORTION);
    Run r = run("scan", scam.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(r.out()).contains("Verdict: SEXTORTION scam", "Why:", "\"I hacked your\" (body)", "\"I will send the video to all your contacts\"",
        "Wallet: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa (BTC, checksum valid", "What to do:", "Don't pay");
  }

  @Test
  void exitStatusZeroWhenAllClean() throws IOException {
    Run r = run("scan", write("ok.eml", CLEAN).toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(r.out()).contains("ok.eml: clean");
  }

  @Test
  void badInputsGetOneLineEachAndTheBatchGoesOn() throws IOException {
    Path empty = write("empty.eml", "");
    Path good = write("scam.eml", SEXTORTION);
    Run r = run("scan", "--format", "jsonl", empty.toString(), dir.resolve("nope.eml").toString(), good.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(r.err().lines().toList()).containsExactly("shield: " + empty + ": empty file",
        "shield: " + dir.resolve("nope.eml") + ": no such file or directory");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void nothingReadableIsExitTwo() {
    Run r = run("scan", dir.resolve("missing").toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    Run unknown = run("scan", "--colour", "x");
    assertThat(unknown.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(unknown.err()).startsWith("shield: Unknown option").doesNotContain("Exception");
    Run threshold = run("scan", "--threshold", "7", "x.eml");
    assertThat(threshold.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(threshold.err().strip()).isEqualTo("shield: threshold must be between 0 and 1, got 7.0");
    Run format = run("scan", "--format", "xml", "x.eml");
    assertThat(format.status()).isEqualTo(ShieldCommand.USAGE);
  }

  @Test
  void readsStandardInput() {
    Run r = run(new ByteArrayInputStream(SEXTORTION.getBytes(StandardCharsets.UTF_8)), "scan", "--format", "jsonl",
        "-");
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(r.out()).contains("\"file\":\"-\"");
  }

  @Test
  void explainPrintsEverything() throws IOException {
    Run r = run("explain", write("scam.eml", SEXTORTION).toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(r.out()).contains("in: I hacked your laptop and recorded you", "Message-ID: cli-1@example.net",
        "sha256", "Deadline: 48 hours");
  }

  /**
   * Found by auditing: the text report printed the sender's escape sequences to the terminal as they were, and a
   * quoted password repeated in an attachment's name or the Message-ID in clear.
   */
  @Test
  void theTextReportMasksPasswordsEverywhereAndDisarmsEscapes() throws IOException {
    String mail = "From: a@evil.example\nTo: b@example.org\nMessage-ID: <hunter-22@evil.example>\n"
        + "Subject: =?utf-8?q?Hello=1B[2J=1B]0;pwned=07_world?=\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
        + "Content-Type: text/plain\n\nYour password is hunter-22. I recorded you through your webcam. Pay $900 in "
        + "Bitcoin to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours.\n--B\nContent-Type: text/plain\n"
        + "Content-Disposition: attachment; filename=\"hunter-22\u202Etxt.exe\"\n\nsee the wallet above\n--B--\n";
    for (String command : new String[] {"explain", "scan"}) {
      Run r = run(command, write("esc.eml", mail).toString());
      assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
      assertThat(r.out()).as(command).doesNotContain("hunter-22").doesNotContain("\u001B").doesNotContain("\u202E")
          .contains("Hello\\u001B[2J").contains("h*******2");
    }
    assertThat(run("explain", dir.resolve("esc.eml").toString()).out()).contains("Message-ID: h*******2@evil.example",
        "Attachment: h*******2\\u202Etxt.exe");
  }

  @Test
  void evalReportsMetricsPerLabelAndLanguageAndListsMistakes() throws IOException {
    write("s1.eml", SEXTORTION);
    write("s2.eml", CLEAN); // labelled sextortion on purpose: a miss
    write("h1.eml", CLEAN);
    write("manifest.tsv", "path\tlabel\tlanguage\ns1.eml\tsextortion\ten\ns2.eml\tsextortion\tde\nh1.eml\tham\ten\n");
    Run r = run("eval", dir.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(r.out()).contains("precision 100.0%  recall  50.0%", "false-positive rate   0.0%",
        "sextortion               2            1     50.0%", "ham                      1            0      0.0%",
        "Misses (sextortion not called sextortion):\n  s2.eml [sextortion, de] clean");
    assertThat(r.out()).containsPattern("(?m)^  de\\s+1\\s+0\\.0%");
  }

  @Test
  void evalWithoutManifestIsAOneLineError() {
    Run r = run("eval", dir.toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("manifest.tsv");
  }

  @Test
  void siteSettingsFromFlagsAndAConfigFile() throws IOException {
    Path mail = dir.resolve("lookalike.eml");
    Files.writeString(mail, """
        Authentication-Results: edge.example-corp.com; dmarc=fail (p=reject) header.from=examp1e-corp.com
        From: IT Desk <it@examp1e-corp.com>
        To: anna@example-corp.com
        Subject: Password expiry

        Your password expires today.
        """);
    Run plain = run("scan", "--format", "jsonl", mail.toString());
    assertThat(plain.out()).doesNotContain("look-alike-domain").contains("authentication-failure");
    Run flags = run("scan", "--format", "jsonl", "--org-domain", "example-corp.com", "--trusted-authserv-id",
        "inner.example-corp.com", mail.toString());
    assertThat(flags.out()).contains("look-alike-domain").contains("your organisation")
        .doesNotContain("authentication-failure");
    Path platforms = Files.createDirectory(dir.resolve("platforms"));
    Path config = dir.resolve("shield.conf");
    Files.writeString(config, "# site settings\norganisation-domains = example-corp.com\n"
        + "trusted-authserv-ids = inner.example-corp.com\nplatform-dir = platforms\n");
    Run fromFile = run("scan", "--format", "jsonl", "--config", config.toString(), mail.toString());
    assertThat(fromFile.out()).isEqualTo(flags.out());
    assertThat(platforms).isDirectory();
  }

  @Test
  void badSiteSettingsAreOneLineErrors() throws IOException {
    Path config = dir.resolve("bad.conf");
    Files.writeString(config, "organisation-domain = example.org\n");
    Path mail = dir.resolve("m.eml");
    Files.writeString(mail, CLEAN);
    Run unknownKey = run("scan", "--config", config.toString(), mail.toString());
    assertThat(unknownKey.status()).isEqualTo(2);
    assertThat(unknownKey.err()).contains("bad.conf").contains("unknown key 'organisation-domain'")
        .doesNotContain("Exception");
    Run badDomain = run("scan", "--org-domain", "co.uk", mail.toString());
    assertThat(badDomain.status()).isEqualTo(2);
    assertThat(badDomain.err().strip()).isEqualTo("shield: not a registrable domain: 'co.uk'");
    Run missingDir = run("scan", "--platform-dir", dir.resolve("nope").toString(), mail.toString());
    assertThat(missingDir.err()).contains("nope: not a directory of platform templates");
  }

  @Test
  void aCorruptModelIsSaidOnceAndTheRulesJudgeAlone() throws IOException {
    Path model = write("broken.txt.gz", "not a model at all");
    write("a.eml", SEXTORTION);
    write("b.eml", CLEAN);
    Run r = run("scan", "--format", "jsonl", "--model", model.toString(), dir.resolve("a.eml").toString(),
        dir.resolve("b.eml").toString());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    String problem = "model unavailable (model file " + model + " is truncated or corrupt (Not in GZIP format)); "
        + "verdicts come from the rules alone";
    assertThat(r.err().lines().toList()).containsExactly("shield: " + problem);
    JsonNode first = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(first.get("verdict").asText()).isEqualTo("sextortion");
    assertThat(first.get("decided_by").asText()).isEqualTo("rules");
    assertThat(first.has("model")).isFalse();
    assertThat(first.get("problems").get(0).asText()).isEqualTo(problem);
  }

  @Test
  void trainWritesAModelAndReportThatScanAndEvalUse() throws IOException {
    Path corpus = dir.resolve("corpus");
    org.sextortionshield.training.SyntheticCorpus.write(corpus, 11);
    Path model = dir.resolve("out/model.txt.gz");
    Run train = run("train", "--corpus", corpus.toString(), "--out", model.toString(), "--threads", "2");
    assertThat(train.status()).as(train.err()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(train.out()).contains("Called sextortion, per label", "Model: " + model);
    assertThat(Files.readString(dir.resolve("out/model-report.md"))).contains("# Sextortion model: training report");

    Run scan = run("scan", "--format", "jsonl", "--model", model.toString(), write("scam.eml", SEXTORTION).toString());
    JsonNode v = new ObjectMapper().readTree(scan.out().strip());
    assertThat(scan.err()).isEmpty();
    assertThat(v.get("model").get("probability").asDouble()).isBetween(0.0, 1.0);
    JsonNode top = v.get("model").get("top_features").get(0);
    assertThat(top.get("text").asText()).isNotBlank();
    assertThat(top.has("feature") && top.has("weight")).isTrue();
    assertThat(v.get("decided_by").asText()).isIn("rules", "rules and model");

    Run explain = run("explain", "--model", model.toString(), dir.resolve("scam.eml").toString());
    assertThat(explain.out()).contains("Model: ", "% sextortion (rules score", "Words that weighed most: \"");

    Run eval = run("eval", "--cv", "2", "--threads", "2", corpus.toString());
    assertThat(eval.status()).as(eval.err()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(eval.out()).contains("model: grouped 2-fold cross-validation",
        "Called sextortion, per label (rules-only / model-only / combined):", "Per language:",
        "Combined at least as good as the better of rules-only and model-only on every label: ");
  }

  @Test
  void evalWarnsWhenTheModelWasTrainedOnTheSameCorpus() throws IOException {
    Path corpus = dir.resolve("corpus");
    org.sextortionshield.training.SyntheticCorpus.write(corpus, 12);
    Path model = dir.resolve("model.txt.gz");
    assertThat(run("train", "--corpus", corpus.toString(), "--out", model.toString()).status()).isZero();
    Run eval = run("eval", "--model", model.toString(), corpus.toString());
    assertThat(eval.out()).contains("WARNING: the model was trained on this very corpus");
    Run rulesOnly = run("eval", "--no-model", corpus.toString());
    assertThat(rulesOnly.out()).contains("model: none (rules only)").doesNotContain("Called sextortion, per label");
  }
}
