package org.sextortionshield.milter.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailTextTest {
  @Test
  void splitsHeadersLikeAnMtaAndGivesTheBodyCrlfLines() {
    MailText t = MailText.split("Subject: hello\nX-Long: one\n two\nFrom:a@example.net\n\nbody\nline 2\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(t.headers()).hasSize(3);
    assertThat(new String(t.headers().get(0).name(), StandardCharsets.UTF_8)).isEqualTo("Subject");
    assertThat(new String(t.headers().get(1).value(), StandardCharsets.UTF_8)).isEqualTo("one\n two");
    assertThat(new String(t.headers().get(2).value(), StandardCharsets.UTF_8)).isEqualTo("a@example.net");
    assertThat(new String(t.body(), StandardCharsets.UTF_8)).isEqualTo("body\r\nline 2\r\n");
  }

  @Test
  void aLineWithoutColonStartsTheBody() {
    MailText t = MailText.split("Subject: x\r\nnot a header\r\nmore\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(t.headers()).hasSize(1);
    assertThat(new String(t.body(), StandardCharsets.UTF_8)).isEqualTo("not a header\r\nmore\r\n");
  }
}
