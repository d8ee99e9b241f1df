package org.sextortionshield.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IncomingMessageTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rebuildsTheMessageWithCrlfLinesAndFoldedHeadersAsReceived() throws IOException {
    IncomingMessage m = new IncomingMessage(1 << 20, "<a@example.net>");
    m.header(b("Subject"), b("a long subject\n\tfolded once"), false);
    m.header(b("Message-ID"), b("<id@example.net>"), false);
    m.endOfHeaders();
    m.body(b("line one\r\nline two\r\n"), false);
    assertThat(new String(m.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
        "Subject: a long subject\r\n\tfolded once\r\nMessage-ID: <id@example.net>\r\n\r\nline one\r\nline two\r\n");
    assertThat(m.messageId()).isEqualTo("<id@example.net>");
    assertThat(new String(m.subject(), StandardCharsets.UTF_8)).isEqualTo("a long subject\n\tfolded once");
    assertThat(m.truncated()).isFalse();
  }

  @Test
  void keepsOnlyTheFirstBytesButCountsAll() throws IOException {
    IncomingMessage m = new IncomingMessage(1024, null);
    m.header(b("Subject"), b("x"), false);
    for (int i = 0; i < 100; i++) {
      m.body(b("0123456789012345678901234567890123456789\r\n"), false);
    }
    assertThat(m.stream().readAllBytes()).hasSize(1024);
    assertThat(m.keptBytes()).isEqualTo(1024);
    assertThat(m.seenBytes()).isEqualTo(12 + 2 + 100 * 42);
    assertThat(m.truncated()).isTrue();
  }

  @Test
  void aPacketCutByTheReaderMarksTheMessageTruncated() {
    IncomingMessage m = new IncomingMessage(1 << 20, null);
    m.body(b("short"), true);
    assertThat(m.truncated()).isTrue();
  }

  @Test
  void countsForgedHeadersPerNameCaseInsensitively() {
    IncomingMessage m = new IncomingMessage(1 << 20, null);
    m.header(b("X-Sextortion-Verdict"), b("clean"), false);
    m.header(b("Received"), b("from somewhere"), false);
    m.header(b("x-sextortion-VERDICT"), b("clean"), false);
    m.header(b("X-Sextortion-Anything"), b("1"), false);
    m.header(b("X-Sextortionist"), b("not ours"), false);
    assertThat(m.forgedHeaders()).containsExactly(
        new IncomingMessage.HeaderRef("X-Sextortion-Verdict", 1),
        new IncomingMessage.HeaderRef("x-sextortion-VERDICT", 2),
        new IncomingMessage.HeaderRef("X-Sextortion-Anything", 1));
  }

  @Test
  void keepsFiveRecipientsForTheLogAndCountsThemAll() {
    IncomingMessage m = new IncomingMessage(1024, "<a@example.net>");
    for (int i = 0; i < 7; i++) {
      m.recipient("<r" + i + "@example.com>");
    }
    assertThat(MessageLog.addresses(m.recipients(), m.recipientCount()))
        .isEqualTo("<r0@example.com>,<r1@example.com>,<r2@example.com>,<r3@example.com>,<r4@example.com>,+2");
  }
}
