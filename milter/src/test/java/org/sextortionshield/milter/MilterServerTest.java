package org.sextortionshield.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sextortionshield.milter.protocol.Smfi.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextortionshield.core.Shield;
import org.sextortionshield.milter.client.MilterClient;
import org.sextortionshield.milter.client.Reply;
import org.sextortionshield.milter.client.Reply.HeaderChange;
import org.sextortionshield.milter.protocol.Negotiation;
import org.sextortionshield.milter.protocol.Packet;

/** The milter over real sockets, driven by our own MTA-side client. */
class MilterServerTest {
  static final byte[] SEXTORTION = TestMilter.mail("sextortion-webcam.eml");
  static final byte[] CLEAN = TestMilter.mail("clean-business.eml");
  static final List<String> TO = List.of("<jordan.miller@example.com>");

  @TempDir
  Path dir;

  @Test
  void sextortionIsTaggedForgedVerdictsDeletedAndQuarantinedByDefault() throws IOException {
    try (TestMilter milter = TestMilter.start(); MilterClient mta = milter.client()) {
      assertThat(mta.negotiated()).isEqualTo(new Negotiation(6, SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE,
          Negotiation.WANTED_PROTOCOL));
      Reply r = mta.send("4XyZ1", "<billing@mailer.example.net>", TO, SEXTORTION);

      assertThat(r.accepted()).isTrue();
      List<HeaderChange> changes = r.headerChanges();
      // The fixture carries a forged "X-Sextortion-Verdict: clean" and a forged score: both deleted first.
      assertThat(changes.subList(0, 2)).containsExactly(
          new HeaderChange(SMFIR_CHGHEADER, 1, "X-Sextortion-Score", ""),
          new HeaderChange(SMFIR_CHGHEADER, 1, "X-Sextortion-Verdict", ""));
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("sextortion");
      assertThat(Double.parseDouble(r.added("X-Sextortion-Score"))).isGreaterThanOrEqualTo(0.9);
      assertThat(r.added("X-Sextortion-Signals")).contains("recording-claim", "payment-instructions");
      assertThat(r.quarantineReason()).startsWith("Sextortion Shield: sextortion, score 0.9");
      assertThat(milter.messageLines(1)).singleElement().asString()
          .contains("queue_id=4XyZ1", "message_id=<20250303091244.77AB1@mailer.example.net>",
              "from=<billing@mailer.example.net>", "to=<jordan.miller@example.com>",
              "client=mx.example.net[192.0.2.10]", "verdict=sextortion", "action=quarantine", " ms=",
              "forged_deleted=2");
      assertThat(milter.server.metrics().messages("sextortion", Action.QUARANTINE)).isEqualTo(1);
    }
  }

  @Test
  void cleanMailIsOnlyTaggedAndItsForgedVerdictReplaced() throws IOException {
    try (TestMilter milter = TestMilter.start(); MilterClient mta = milter.client()) {
      Reply r = mta.send("5AbC2", "<priya.shah@supplier.example.org>", TO, CLEAN);
      assertThat(r.accepted()).isTrue();
      List<HeaderChange> changes = r.headerChanges();
      assertThat(changes).extracting(HeaderChange::code, HeaderChange::index, HeaderChange::name).containsExactly(
          tuple(SMFIR_CHGHEADER, 1, "X-Sextortion-Verdict"),
          tuple(SMFIR_ADDHEADER, 0, "X-Sextortion-Verdict"),
          tuple(SMFIR_ADDHEADER, 0, "X-Sextortion-Score"),
          tuple(SMFIR_ADDHEADER, 0, "X-Sextortion-Signals"));
      assertThat(changes.get(0).value()).as("deleted").isEmpty();
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("clean");
      assertThat(r.added("X-Sextortion-Score")).matches("0\\.[0-4][0-9]{3}");
      assertThat(r.quarantineReason()).isNull();
      assertThat(milter.messageLines(1)).singleElement().asString().contains("verdict=clean", "action=tag");
    }
  }

  @Test
  void everyOccurrenceOfAForgedHeaderIsDeletedLastFirst() throws IOException {
    byte[] forged = ("X-Sextortion-Verdict: clean\r\nx-sextortion-verdict: clean\r\nX-SEXTORTION-SIGNALS: none\r\n"
        + new String(CLEAN, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    try (TestMilter milter = TestMilter.start(); MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.org>", TO, forged);
      assertThat(r.headerChanges().subList(0, 4)).containsExactly(
          new HeaderChange(SMFIR_CHGHEADER, 3, "X-Sextortion-Verdict", ""),
          new HeaderChange(SMFIR_CHGHEADER, 1, "X-SEXTORTION-SIGNALS", ""),
          new HeaderChange(SMFIR_CHGHEADER, 2, "x-sextortion-verdict", ""),
          new HeaderChange(SMFIR_CHGHEADER, 1, "X-Sextortion-Verdict", ""));
    }
  }

  /** Found by auditing: a forged header whose name had a byte above 127 was named back in UTF-8 and never deleted. */
  @Test
  void aForgedHeaderWithANonAsciiNameIsNamedBackByteForByte() throws IOException {
    java.io.ByteArrayOutputStream forged = new java.io.ByteArrayOutputStream();
    forged.writeBytes("X-Sextortion-Verdict".getBytes(StandardCharsets.US_ASCII));
    forged.write(0xE9);
    forged.writeBytes(": clean\r\n".getBytes(StandardCharsets.US_ASCII));
    forged.writeBytes(CLEAN);
    try (TestMilter milter = TestMilter.start(); MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.org>", TO, forged.toByteArray());
      // the client reads names as UTF-8: the lone byte E9 shows as U+FFFD; "é" would mean it was re-encoded
      assertThat(r.headerChanges()).contains(new HeaderChange(SMFIR_CHGHEADER, 1, "X-Sextortion-Verdict\uFFFD", ""))
          .noneMatch(h -> h.name().equals("X-Sextortion-Verdict\u00E9"));
    }
  }

  @Test
  void negotiatesDownToAnOlderMtaAndAnswersEveryStep() throws IOException {
    // A version 2 MTA: no quarantine, no "no reply" flags; it waits for an answer to every step.
    Negotiation old = new Negotiation(2, SMFIF_ADDHDRS | SMFIF_CHGBODY | SMFIF_ADDRCPT | SMFIF_DELRCPT
        | SMFIF_CHGHDRS, 0x7f);
    try (TestMilter milter = TestMilter.start(); MilterClient mta = MilterClient.connect(milter.server.address())) {
      Negotiation answer = mta.negotiate(old);
      assertThat(answer).isEqualTo(new Negotiation(2, SMFIF_ADDHDRS | SMFIF_CHGHDRS, SMFIP_NOHELO));
      assertThat(mta.connectInfo("mx", "192.0.2.1", 25).code()).isEqualTo(SMFIR_CONTINUE);
      assertThat(mta.mail("<x@example.net>").code()).isEqualTo(SMFIR_CONTINUE);
      assertThat(mta.rcpt("<y@example.com>").code()).isEqualTo(SMFIR_CONTINUE);
      assertThat(mta.header("Subject", "hello").code()).isEqualTo(SMFIR_CONTINUE);
      assertThat(mta.endOfHeaders().code()).isEqualTo(SMFIR_CONTINUE);
      mta.abort();
      Reply r = mta.send(null, "<x@example.net>", TO, SEXTORTION);
      assertThat(r.accepted()).isTrue();
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("sextortion");
      assertThat(r.quarantineReason()).isNull();
      assertThat(milter.messageLines(1)).singleElement().asString()
          .contains("action=tag", "mta-forbids-quarantine");
    }
  }

  @Test
  void refusesAnMtaOlderThanVersionTwo() throws IOException {
    try (TestMilter milter = TestMilter.start(); MilterClient mta = MilterClient.connect(milter.server.address())) {
      mta.raw(new Negotiation(1, 0x0f, 0x0f).toPacket(), false);
      assertThat(mta.readOrEnd()).isNull();
      assertThat(milter.logText("protocol-error")).contains("protocol-error", "version 1");
    }
  }

  @Test
  void subjectPrefixQuarantineAndRejectFollowTheirThresholds() throws IOException {
    try (TestMilter milter = TestMilter.start("subject-prefix-score", "0.5", "quarantine-score", "off");
        MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.net>", TO, SEXTORTION);
      assertThat(r.headerChanges()).contains(new HeaderChange(SMFIR_CHGHEADER, 1, "Subject",
          "[SEXTORTION] Your account was compromised - read carefully"));
      assertThat(r.quarantineReason()).isNull();
      Reply clean = mta.send(null, "<a@example.net>", TO, CLEAN);
      assertThat(clean.headerChanges()).noneMatch(h -> h.name().equals("Subject"));
      assertThat(milter.messageLines(2)).hasSize(2).first().asString().contains("action=prefix");
    }
    try (TestMilter milter = TestMilter.start("quarantine-score", "1.0"); MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.net>", TO, SEXTORTION);
      assertThat(r.quarantineReason()).as("score below 1.0: not quarantined").isNull();
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("sextortion");
    }
    try (TestMilter milter = TestMilter.start("reject-score", "0.9", "reject-text", "No extortion here, thanks");
        MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.net>", TO, SEXTORTION);
      assertThat(r.code()).isEqualTo(SMFIR_REPLYCODE);
      assertThat(r.replyText()).isEqualTo("550 5.7.1 No extortion here, thanks");
      assertThat(r.modifications()).isEmpty();
      Reply clean = mta.send(null, "<a@example.net>", TO, CLEAN);
      assertThat(clean.accepted()).isTrue();
      assertThat(milter.messageLines(1).get(0)).contains("action=reject");
    }
  }

  @Test
  void abortDropsTheMessageAndTheConnectionGoesOnWithTheNext() throws IOException {
    try (TestMilter milter = TestMilter.start(); MilterClient mta = milter.client()) {
      mta.mail("<a@example.net>");
      mta.rcpt("<b@example.com>");
      mta.header("Subject", "I recorded you");
      mta.body("half a message".getBytes(StandardCharsets.US_ASCII));
      mta.abort();
      Reply first = mta.send("Q1", "<c@example.net>", TO, CLEAN);
      Reply second = mta.send("Q2", "<d@example.net>", TO, SEXTORTION);
      mta.quitNewConnection();
      mta.connectInfo("other.example.net", "192.0.2.20", 41000);
      Reply third = mta.send("Q3", "<e@example.net>", TO, CLEAN);
      assertThat(first.added("X-Sextortion-Verdict")).isEqualTo("clean");
      assertThat(second.added("X-Sextortion-Verdict")).isEqualTo("sextortion");
      assertThat(third.added("X-Sextortion-Verdict")).isEqualTo("clean");
      List<String> lines = milter.messageLines(3);
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).contains("queue_id=Q1", "from=<c@example.net>", "verdict=clean");
      assertThat(lines.get(1)).contains("queue_id=Q2", "verdict=sextortion");
      assertThat(lines.get(2)).contains("queue_id=Q3", "client=other.example.net[192.0.2.20]");
      assertThat(milter.server.metrics().prometheus()).contains("shield_milter_aborted_total 1");
    }
  }

  @Test
  void aClientThatDisappearsMidMessageLeavesTheServerServing() throws Exception {
    try (TestMilter milter = TestMilter.start()) {
      MilterClient gone = milter.client();
      gone.mail("<a@example.net>");
      gone.header("Subject", "cut off");
      gone.close();
      waitFor(() -> milter.server.metrics().activeConnections() == 0);
      try (MilterClient mta = milter.client()) {
        assertThat(mta.send(null, "<a@example.net>", TO, CLEAN).accepted()).isTrue();
      }
      assertThat(milter.server.metrics().prometheus()).contains("shield_milter_aborted_total 1");
    }
  }

  @Test
  void onlyTheFirstBytesOfAnOversizeMessageAreScannedAndTheVerdictSaysSo() throws IOException {
    StringBuilder big = new StringBuilder(new String(SEXTORTION, StandardCharsets.UTF_8));
    while (big.length() < 200_000) {
      big.append("\nThis line only makes the message longer than the limit.");
    }
    try (TestMilter milter = TestMilter.start("max-message-bytes", "4096"); MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.net>", TO, big.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(r.accepted()).isTrue();
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("sextortion (first 4096 bytes scanned)");
      assertThat(milter.messageLines(1).get(0)).contains("scanned=4096", "size=2");
      assertThat(milter.server.metrics().prometheus()).contains("shield_milter_truncated_total 1");
    }
  }

  @Test
  void anEngineThatRunsOutOfTimeFailsOpenByDefault() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    MessageScanner stuck = m -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Shield.defaults().scan(m);
    };
    try (TestMilter milter = new TestMilter(stuck, "time-budget-ms", "100"); MilterClient mta = milter.client()) {
      Reply r = mta.send("T1", "<a@example.net>", TO, SEXTORTION);
      assertThat(r.accepted()).isTrue();
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("error (time budget exceeded)");
      assertThat(r.added("X-Sextortion-Score")).isNull();
      assertThat(r.headerChanges()).as("forged verdicts are deleted even without a verdict")
          .contains(new HeaderChange(SMFIR_CHGHEADER, 1, "X-Sextortion-Verdict", ""));
      assertThat(milter.messageLines(1).get(0)).contains("verdict=error", "action=tag", "error=\"timeout: no "
          + "verdict within 100 ms\"");
      assertThat(milter.server.metrics().prometheus())
          .contains("shield_milter_engine_failures_total{reason=\"timeout\"} 1");
    } finally {
      release.countDown();
    }
  }

  @Test
  void anEngineFailureAnswersTempfailWhenConfigured() throws IOException {
    MessageScanner broken = m -> {
      throw new IllegalStateException("lexicon missing");
    };
    try (TestMilter milter = new TestMilter(broken, "on-error", "tempfail"); MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.net>", TO, CLEAN);
      assertThat(r.code()).isEqualTo(SMFIR_REPLYCODE);
      assertThat(r.replyText()).isEqualTo("451 4.7.1 Message could not be checked, please try again later");
      assertThat(milter.messageLines(1).get(0)).contains("verdict=error", "action=tempfail",
          "error=\"engine-error: IllegalStateException: lexicon missing\"");
    }
    try (TestMilter milter = new TestMilter(broken); MilterClient mta = milter.client()) {
      Reply r = mta.send(null, "<a@example.net>", TO, CLEAN);
      assertThat(r.accepted()).isTrue();
      assertThat(r.added("X-Sextortion-Verdict")).isEqualTo("error (engine failure)");
    }
  }

  @Test
  void connectionsBeyondTheLimitAreClosedAtOnce() throws IOException {
    try (TestMilter milter = TestMilter.start("max-connections", "1"); MilterClient first = milter.client();
        MilterClient second = MilterClient.connect(milter.server.address())) {
      assertThat(second.readOrEnd()).as("closed without a word").isNull();
      assertThat(first.send(null, "<a@example.net>", TO, CLEAN).accepted()).isTrue();
      assertThat(milter.server.metrics().refusedConnections()).isEqualTo(1);
      assertThat(milter.logText("connection-refused")).contains("connection-refused max_connections=1");
    }
  }

  @Test
  void servesAUnixSocket() throws IOException {
    Path socket = dir.resolve("milter.sock");
    try (TestMilter milter = TestMilter.start("socket", "unix:" + socket, "socket-mode", "600");
        MilterClient mta = milter.client()) {
      assertThat(Files.getPosixFilePermissions(socket)).hasSize(2);
      assertThat(mta.send(null, "<a@example.net>", TO, SEXTORTION).added("X-Sextortion-Verdict"))
          .isEqualTo("sextortion");
    }
    assertThat(socket).doesNotExist();
  }

  @Test
  void servesIpv6() throws IOException {
    assumeTrue(ipv6Loopback(), "no IPv6 loopback on this machine");
    try (TestMilter milter = TestMilter.start("socket", "inet6:0@::1"); MilterClient mta = milter.client()) {
      assertThat(milter.server.address().toString()).startsWith("inet6:").endsWith("@::1");
      assertThat(mta.send(null, "<a@example.net>", TO, CLEAN).added("X-Sextortion-Verdict")).isEqualTo("clean");
    }
  }

  private static boolean ipv6Loopback() {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("::1", 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void silentConnectionsAreClosedAfterTheIdleTimeout() throws Exception {
    try (TestMilter milter = TestMilter.start("idle-timeout-s", "1"); MilterClient mta = milter.client()) {
      assertThat(mta.readOrEnd()).as("the server closes the idle connection").isNull();
      assertThat(milter.logText("idle-timeout")).contains("idle-timeout seconds=1");
    }
  }

  @Test
  void commandsBeforeNegotiationAndUnknownCommandsEndTheConnection() throws IOException {
    try (TestMilter milter = TestMilter.start()) {
      try (MilterClient mta = MilterClient.connect(milter.server.address())) {
        mta.raw(Packet.of(SMFIC_MAIL), false);
        assertThat(mta.readOrEnd()).isNull();
      }
      try (MilterClient mta = milter.client()) {
        mta.raw(Packet.of((byte) 'Z'), false);
        assertThat(mta.readOrEnd()).isNull();
      }
      assertThat(milter.logText("unknown command")).contains("mail before option negotiation", "unknown command 'Z'");
      assertThat(milter.server.metrics().prometheus()).contains("shield_milter_protocol_errors_total 2");
    }
  }

  @Test
  void warmsTheEngineUpBeforeServing() throws IOException {
    int[] scans = {0};
    MessageScanner counting = m -> {
      scans[0]++;
      return Shield.defaults().scan(m);
    };
    try (TestMilter milter = new TestMilter(counting, "warm-up-ms", "200"); MilterClient mta = milter.client()) {
      assertThat(milter.log.get(0)).contains("shield-milter engine-warm scans=");
      assertThat(scans[0]).isPositive();
      assertThat(mta.send(null, "<a@example.net>", TO, CLEAN).accepted()).isTrue();
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
