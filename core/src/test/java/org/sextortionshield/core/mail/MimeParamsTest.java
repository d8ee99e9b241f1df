package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Header parameters, including values mime4j's field refuses (a stray CR: Jazzer's finding in MessageFuzzTest). */
class MimeParamsTest {
  @Test
  void readsValuesAndParametersOfFoldedHeaders() {
    assertThat(MimeParams.value("Attachment;\r\n filename=\"a.pdf\"")).isEqualTo("attachment");
    assertThat(MimeParams.parameter("attachment;\r\n\tfilename=\"a.pdf\"", "filename")).isEqualTo("a.pdf");
    assertThat(MimeParams.parameter("text/plain; name*=utf-8''%C3%BCber.txt", "name")).isEqualTo("über.txt");
    assertThat(MimeParams.parameter("text/plain; charset=us-ascii", "name")).isNull();
  }

  @Test
  void strayCarriageReturnsAreReadAsSpaces() {
    for (String v : new String[] {"attachment; filename=\"a.pdf\"\r", "attachment;\rfilename=\"a.pdf\"",
        "attachment;\r\nfilename=\"a.pdf\"", "attachment; filename=\"a.pdf\"\r\r\n"}) {
      assertThatCode(() -> MimeParams.value(v)).as(v).doesNotThrowAnyException();
      assertThat(MimeParams.value(v)).as(v).isEqualTo("attachment");
      assertThat(MimeParams.parameter(v, "filename")).as(v).isEqualTo("a.pdf");
    }
    assertThat(MimeParams.field("text/plain;\r\n charset=x").getBody()).isEqualTo("text/plain;\r\n charset=x");
    assertThat(MimeParams.field("text/plain;\r").getBody()).isEqualTo("text/plain; ");
  }

  @Test
  void aPartWhoseDispositionEndsInACarriageReturnIsRead() throws IOException {
    String raw = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        + "Content-Type: text/plain\r\nContent-Disposition: inline; filename=x.txt\r\r\n\r\nthe text\r\n--b--\r\n";
    ParsedMessage m = new MailParser().parse(raw.getBytes(StandardCharsets.US_ASCII));
    assertThat(m.textParts()).extracting(TextPart::text).anySatisfy(t -> assertThat(t).contains("the text"));
  }

  @Test
  void headersWithoutTheNameInAsciiHaveNoSuchParameter() {
    java.util.Random r = new java.util.Random(7);
    String[] pieces = {"text/plain", ";", " ", "name", "NAME", "Name*", "file", "fıle", "naMe*0*", "=", "\"a b\"",
        "utf-8''%C3%BC", "n\u0430me", "\u212a", "İ", "(c)", "\r\n ", "x", "*1", "filename"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder v = new StringBuilder();
      for (int k = r.nextInt(8); k >= 0; k--) {
        v.append(pieces[r.nextInt(pieces.length)]);
      }
      for (String name : new String[] {"name", "filename"}) {
        assertThat(MimeParams.parameter(v.toString(), name)).as(v.toString())
            .isEqualTo(MimeParams.parsedParameter(v.toString(), name));
      }
    }
    assertThat(MimeParams.containsAsciiIgnoreCase("x; FileName=a", "filename")).isTrue();
    assertThat(MimeParams.containsAsciiIgnoreCase("x; fi\u0131ename=a", "filename")).isFalse();
  }
}
