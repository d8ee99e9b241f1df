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

  /** What the guard passes on, read {@code chunk} bytes at a time (1: byte by byte). */
  private static String guarded(String message, int chunk) throws IOException {
    HeaderGuard g = new HeaderGuard(new ByteArrayInputStream(message.getBytes(StandardCharsets.ISO_8859_1)), FIELD);
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

  /** Found in review: each of these read lines otherwise than mime4j, so a long field went uncut. */
  @Test
  void readsLinesAsTheParserDoes() throws IOException {
    String longValue = "v".repeat(200);
    // the first line starts a field even after a blank
    sameInEveryChunkSize(" X-Pad: " + longValue + "\n\nbody", (" X-Pad: " + longValue).substring(0, FIELD) + "\n\nbody");
    // a name with a comment, or a CR before the colon, is still a field
    sameInEveryChunkSize("(a b): " + longValue + "\n\nbody", ("(a b): " + longValue).substring(0, FIELD) + "\n\nbody");
    sameInEveryChunkSize("X-Y\r: " + longValue + "\n\nbody", ("X-Y\r: " + longValue).substring(0, FIELD) + "\n\nbody");
    // a line that starts with CR and a blank starts a field, not a continuation
    sameInEveryChunkSize("A: b\n\r C: " + longValue + "\n\nbody", "A: b\n\r C: " + longValue.substring(0, FIELD - 5)
        + "\n\nbody");
    // line breaks count: a field folded over many short lines is cut too
    String folded = "X: a" + "\r\n ".repeat(100);
    assertThat(guarded(folded + "\r\n\r\nbody", 8192)).endsWith("\r\n\nbody").hasSizeLessThan(FIELD + 12);
  }

  /** Found in review: a field exactly at the limit was cut at its CR. */
  @Test
  void aFieldAtTheLimitIsKeptWithItsLineBreak() throws IOException {
    String field = "Subject: " + "s".repeat(FIELD - 9);
    assertThat(field).hasSize(FIELD);
    sameInEveryChunkSize(field + "\r\nTo: b\r\n\r\nbody", field + "\r\nTo: b\r\n\r\nbody");
    HeaderGuard g = new HeaderGuard(new ByteArrayInputStream((field + "\r\n\r\nbody").getBytes(StandardCharsets.US_ASCII)),
        FIELD);
    g.readAllBytes();
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
  void headersLongerThanItsBufferPassAndCutAlike() throws IOException {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      header.append("Received: from hop").append(i).append("\r\n");
    }
    String body = "\r\nbody " + "b".repeat(3000);
    sameInEveryChunkSize(header + body, header + body);
    String longField = "X-Long: " + "L".repeat(3000);
    sameInEveryChunkSize(header + longField + "\r\nTo: b\r\n" + body,
        header + longField.substring(0, FIELD) + "\nTo: b\r\n" + body);
  }

  @Test
  void singleByteReadsWork() throws IOException {
    InputStream g = new HeaderGuard(new ByteArrayInputStream("A: b\n\nc".getBytes(StandardCharsets.US_ASCII)), FIELD);
    StringBuilder out = new StringBuilder();
    for (int c; (c = g.read()) >= 0; ) {
      out.append((char) c);
    }
    assertThat(out).hasToString("A: b\n\nc");
  }
}
