package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderGuardTest {
  private static final int FIELD = 64;
  private static final int FIELDS = 5;

  /** What the guard passes on, read {@code chunk} bytes at a time (1: byte by byte). */
  private static String guarded(String message, int chunk) throws IOException {
    HeaderGuard g = new HeaderGuard(new ByteArrayInputStream(message.getBytes(StandardCharsets.ISO_8859_1)), FIELD,
        FIELDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = new byte[chunk];
    for (int n; (n = g.read(b, 0, chunk)) >= 0; ) {
      out.write(b, 0, n);
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static void sameInEveryChunkSize(String message, String expected) throws IOException {
    for (int chunk : new int[] {1, 2, 3, 7, 8192}) {
      assertThat(guarded(message, chunk)).as("chunk " + chunk).isEqualTo(expected);
    }
  }

  @Test
  void anOrdinaryMessagePassesByteForByte() throws IOException {
    String crlf = "From: a@example.org\r\nSubject: a folded\r\n  subject\r\n\r\nbody\r\n" + "x".repeat(500) + "\r\n";
    sameInEveryChunkSize(crlf, crlf);
    String lf = "Subject: hi\n\nbody line\n\n" + "Subject: " + "y".repeat(500) + "\n";
    sameInEveryChunkSize(lf, lf); // the body may look like anything
    sameInEveryChunkSize("", "");
    sameInEveryChunkSize("no header at all, no line break", "no header at all, no line break");
  }

  @Test
  void aFieldTooLongIsCutAndTheBodyKept() throws IOException {
    String subject = "Subject: " + "s".repeat(200);
    String message = "From: a@example.org\r\n" + subject + "\r\n\tand more\r\nTo: b@example.org\r\n\r\nthe scam";
    sameInEveryChunkSize(message, "From: a@example.org\r\n" + subject.substring(0, FIELD)
        + "\nTo: b@example.org\r\n\r\nthe scam");
    // the cut field is the last one: its lost line break comes before the blank line
    sameInEveryChunkSize("Subject: " + "s".repeat(200) + "\n\nbody", ("Subject: " + "s".repeat(200)).substring(0, FIELD)
        + "\n\nbody");
  }

  @Test
  void fieldsPastTheLimitAreSkippedWhole() throws IOException {
    StringBuilder message = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      message.append("Received: from hop").append(i).append("\r\n  by mx\r\n");
    }
    message.append("\r\nthe scam\r\n");
    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= FIELDS; i++) {
      expected.append("Received: from hop").append(i).append("\r\n  by mx\r\n");
    }
    expected.append("\r\nthe scam\r\n");
    sameInEveryChunkSize(message.toString(), expected.toString());
    HeaderGuard g = new HeaderGuard(new ByteArrayInputStream(message.toString().getBytes(StandardCharsets.US_ASCII)),
        FIELD, FIELDS);
    g.readAllBytes();
    assertThat(g.skippedFields()).isEqualTo(3);
    assertThat(g.cutFields()).isZero();
  }

  @Test
  void aLineThatIsNoFieldStartsTheBodyAsInTheParser() throws IOException {
    String message = "A: b\r\nthis line has no colon\r\nSubject: " + "s".repeat(200) + "\r\n\r\nmore";
    sameInEveryChunkSize(message, message); // after the line that is no field, nothing is cut
    String spaced = "From sender@example.org Mon Nov 23 2026\nSubject: " + "s".repeat(200) + "\n";
    sameInEveryChunkSize(spaced, spaced);
  }

  @Test
  void singleByteReadsWork() throws IOException {
    InputStream g = new HeaderGuard(new ByteArrayInputStream("A: b\n\nc".getBytes(StandardCharsets.US_ASCII)), FIELD,
        FIELDS);
    StringBuilder out = new StringBuilder();
    for (int c; (c = g.read()) >= 0; ) {
      out.append((char) c);
    }
    assertThat(out).hasToString("A: b\n\nc");
  }
}
