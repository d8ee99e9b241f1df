package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.junit.jupiter.api.Test;

class CuttingFieldBuilderTest {
  private static final int FIELD = 64;

  /** mime4j's reading of a message with the builder: every field as raw text, then each body. */
  private record Read(List<String> fields, List<String> bodies, int cut) {}

  private static Read read(String message) throws IOException, MimeException {
    CuttingFieldBuilder builder = new CuttingFieldBuilder(FIELD);
    MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderCount(-1).setMaxHeaderLen(-1)
        .setMalformedHeaderStartsBody(true).build();
    MimeTokenStream stream = new MimeTokenStream(config, DecodeMonitor.SILENT, builder, null);
    stream.parse(new ByteArrayInputStream(message.getBytes(StandardCharsets.ISO_8859_1)));
    List<String> fields = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
      if (s == EntityState.T_FIELD) {
        fields.add(stream.getField().getRaw().toString());
      } else if (s == EntityState.T_BODY) {
        bodies.add(new String(stream.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    }
    return new Read(fields, bodies, builder.cutFields());
  }

  @Test
  void anOrdinaryHeaderIsBuiltAsMime4jBuildsIt() throws Exception {
    Read r = read("From: a@example.org\r\nSubject: a folded\r\n  subject\r\n\r\nbody\r\n");
    assertThat(r.fields()).containsExactly("From: a@example.org", "Subject: a folded\r\n  subject");
    assertThat(r.bodies()).containsExactly("body\r\n");
    assertThat(r.cut()).isZero();
  }

  @Test
  void aFieldTooLongIsCutAndTheRestOfTheMessageRead() throws Exception {
    String subject = "Subject: " + "s".repeat(200);
    Read r = read("From: a@example.org\r\n" + subject + "\r\n\tand more\r\nTo: b@example.org\r\n\r\nthe scam");
    assertThat(r.fields()).containsExactly("From: a@example.org", subject.substring(0, FIELD), "To: b@example.org");
    assertThat(r.bodies()).containsExactly("the scam");
    assertThat(r.cut()).isOne();
  }

  @Test
  void aFieldInAPartsHeaderIsCutToo() throws Exception {
    String pad = "X-Pad: " + "p".repeat(500);
    Read r = read("Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n" + pad + "\r\nContent-Type: text/plain\r\n"
        + "\r\nthe scam\r\n--B--\r\n");
    assertThat(r.fields()).contains(pad.substring(0, FIELD), "Content-Type: text/plain");
    assertThat(r.bodies()).containsExactly("the scam");
    assertThat(r.cut()).isOne();
  }

  @Test
  void lineBreaksCountSoAFieldFoldedOverManyLinesIsCut() throws Exception {
    Read r = read("X: a" + "\r\n ".repeat(100) + "\r\nTo: b\r\n\r\nbody");
    assertThat(r.fields()).hasSize(2);
    assertThat(r.fields().get(0)).hasSizeLessThanOrEqualTo(FIELD);
    assertThat(r.fields().get(1)).isEqualTo("To: b");
    assertThat(r.bodies()).containsExactly("body");
  }

  @Test
  void aFieldAtTheLimitIsKeptWhole() throws Exception {
    String field = "Subject: " + "s".repeat(FIELD - 11); // with its CRLF exactly FIELD bytes
    Read r = read(field + "\r\nTo: b\r\n\r\nbody");
    assertThat(r.fields()).containsExactly(field, "To: b");
    assertThat(r.cut()).isZero();
  }

  @Test
  void eachFieldStartsAfresh() throws Exception {
    String longOne = "A: " + "a".repeat(100);
    Read r = read(longOne + "\r\n" + longOne + "\r\nB: b\r\n\r\nbody");
    assertThat(r.fields()).containsExactly(longOne.substring(0, FIELD), longOne.substring(0, FIELD), "B: b");
    assertThat(r.cut()).isEqualTo(2);
  }
}
