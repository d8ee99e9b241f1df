package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message header read by {@link TopHeader} gives exactly what mime4j's reading of the whole header gave: the
 * same parse, field for field and part for part, over many generated messages (random folding, CR/LF mixes, 8-bit
 * and junk bytes, encodings, nested and broken multiparts, sizes across mime4j's 4 KiB buffer edges, cut limits)
 * and the fuzzing seeds.
 */
class TopHeaderTest {
  private static final String[] NAMES = {"Received", "From", "To", "Cc", "Subject", "Message-ID", "Date",
      "DKIM-Signature", "X-Mailer", "Reply-To", "MIME-Version", "Content-Type", "content-type", "CONTENT-TYPE",
      "Content-Transfer-Encoding", "Content-Disposition", "Content-Length", "Content-", "Sender", "Return-Path",
      "X-Weird(1)", "Bad Name", "X:Y", "X-Ünï", ""};

  @Test
  void readsPlainHeadersAsMime4jDoes() {
    TopHeader.Outcome[] seen = new TopHeader.Outcome[1];
    byte[] b = "Subject: hi\r\nX-A: one\r\n two\r\nContent-Type: text/plain\r\n\r\nbody".getBytes(
        StandardCharsets.US_ASCII);
    TopHeader h = TopHeader.read(b, b.length, seen);
    assertThat(seen[0]).isEqualTo(TopHeader.Outcome.READ);
    assertThat(h.headers).extracting(Header::name).containsExactly("Subject", "X-A", "Content-Type");
    assertThat(h.headers).extracting(Header::value).containsExactly("hi", "one two", "text/plain");
    assertThat(new String(h.forMime4j, StandardCharsets.US_ASCII)).isEqualTo("Content-Type: text/plain\r\n\r\n");
    assertThat(h.end).isEqualTo(b.length - 4);
  }

  @Test
  void aLineMime4jCannotReadAsAFieldStartsTheBodyAndTheLineAfterItIsLost() {
    byte[] b = "X-A: 1\r\nFrom x@y  Mon Aug\r\n more\r\nSubject: a\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);
    TopHeader.Outcome[] seen = new TopHeader.Outcome[1];
    TopHeader h = TopHeader.read(b, b.length, seen);
    assertThat(h.headers).extracting(Header::name).containsExactly("X-A");
    assertThat(new String(h.forMime4j, StandardCharsets.US_ASCII))
        .isEqualTo("X:\r\n\r\nFrom x@y  Mon Aug\r\n more\r\n");
    assertThat(new String(b, h.end, b.length - h.end, StandardCharsets.US_ASCII)).isEqualTo("\r\nbody");
  }

  @Test
  void leavesToMime4jWhatItReadsItsOwnWay() {
    for (String header : new String[] {"Content-Type: text/plain\r\nFrom x@y  Mon\r\n\r\n", " Subject: a\r\n\r\n",
        "Subject : a\r\n\r\n", "From(c) x: y\r\n\r\n", "From\r x: y\r\n\r\n",
        "X-A(b): c\r\n\r\n", "\r\nbody", "Subject: a\r\nnofield\r\n\r\n", "Subject: a\r\n",
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: Quoted-Printable\r\n\r\n",
        "Content-Type: message/RFC822\r\n\r\n"}) {
      byte[] b = header.getBytes(StandardCharsets.ISO_8859_1);
      TopHeader.Outcome[] seen = new TopHeader.Outcome[1];
      assertThat(TopHeader.read(b, b.length, seen)).as(header).isNull();
    }
  }

  @Test
  void namesAreTheirBytesAndKnownOnesAreMadeOnce() {
    Random random = new Random(9);
    String letters = "ReceivdFomSubjctTCn-IDxXMPLk";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int k = 1 + random.nextInt(random.nextBoolean() ? 3 : 25); k > 0; k--) {
        name.append(letters.charAt(random.nextInt(letters.length())));
      }
      String n = i % 3 == 0 ? NAMES[random.nextInt(NAMES.length - 5)] : name.toString();
      byte[] b = ("<" + n + ">").getBytes(StandardCharsets.ISO_8859_1);
      assertThat(TopHeader.name(b, 1, b.length - 1)).isEqualTo(n);
    }
    byte[] received = "Received".getBytes(StandardCharsets.US_ASCII);
    assertThat(TopHeader.name(received, 0, received.length)).isSameAs("Received");
  }

  @Test
  void findsLineFeedsAsAByteLoopDoes() {
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (random.nextInt(4) == 0 ? '\n' : random.nextInt(3) == 0 ? 0x0b : random.nextInt(256));
      }
      int from = random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = -1;
      for (int k = from; k < to && expected < 0; k++) {
        expected = b[k] == '\n' ? k : -1;
      }
      assertThat(TopHeader.indexOfLf(b, from, to)).isEqualTo(expected);
    }
  }

  @Test
  void headerValuesAreDecodedAsTheirDefinitionSays() {
    Random random = new Random(5);
    for (int i = 0; i < 50_000; i++) {
      String eol = eol(random);
      String f = field(random, eol);
      f = f.substring(0, f.length() - eol.length()); // the raw field ends before its line break, as mime4j's
      byte[] b = ("<" + f + ">").getBytes(StandardCharsets.ISO_8859_1);
      assertThat(MailParser.decodeValue(b, 1, b.length - 1)).as(f).isEqualTo(reference(b, 1, b.length - 1));
    }
  }

  /** The definition: bytes as UTF-8 when valid, else windows-1252; after the first ':'; unfolded; stripped; words. */
  private static String reference(byte[] b, int from, int to) {
    byte[] raw = java.util.Arrays.copyOfRange(b, from, to);
    String line = Charsets.isValidUtf8(raw, raw.length, false) ? new String(raw, StandardCharsets.UTF_8)
        : new String(raw, Charsets.WINDOWS_1252);
    String value = line.substring(line.indexOf(':') + 1).replace("\r", "").replace("\n", "").strip();
    try {
      return org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(value,
          org.apache.james.mime4j.codec.DecodeMonitor.SILENT, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  @Test
  void generatedMessagesParseAsBefore() throws IOException {
    Random random = new Random(20261207);
    int read = 0;
    for (int i = 0; i < 6000; i++) {
      byte[] message = message(random);
      TopHeader.Outcome[] seen = new TopHeader.Outcome[1];
      if (TopHeader.read(message, Math.min(message.length, 8192), seen) != null) {
        read++;
      }
      Limits limits = random.nextInt(8) == 0
          ? new Limits(1 + random.nextInt(message.length + 10), 16 + random.nextInt(3000), 1 + random.nextInt(4000),
              1 + random.nextInt(4), random.nextInt(3), 1 + random.nextInt(3000), 1 + random.nextInt(2))
          : Limits.defaults();
      assertThat(dump(new MailParser(limits, true).parse(message)))
          .as("message %d:\n%s", i, new String(message, StandardCharsets.ISO_8859_1))
          .isEqualTo(dump(new MailParser(limits, false).parse(message)));
    }
    assertThat(read).isGreaterThan(2000); // the new way was taken often enough to be compared
  }

  @Test
  void fuzzSeedsParseAsBefore() throws IOException {
    Path root = Path.of("src/test/resources/org/sextortionshield/core/fuzz");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        byte[] message = Files.readAllBytes(p);
        assertThat(dump(new MailParser().parse(message))).as(p.toString())
            .isEqualTo(dump(new MailParser(Limits.defaults(), false).parse(message)));
      }
    }
  }

  /** Everything a parse gives, as text. */
  static String dump(ParsedMessage m) {
    StringBuilder out = new StringBuilder();
    for (Header h : m.headers()) {
      out.append("H ").append(h.name()).append(" = ").append(h.value()).append('\n');
    }
    m.textParts().forEach(t -> out.append("T ").append(t).append('\n'));
    for (Attachment a : m.attachments()) {
      out.append("A ").append(a.name()).append(' ').append(a.contentType()).append(' ').append(a.size()).append(' ')
          .append(a.sha256()).append(' ').append(a.inline()).append(' ')
          .append(a.content() == null ? "-" : Base64.getEncoder().encodeToString(a.content())).append('\n');
    }
    for (ParsedMessage attached : m.attachedMessages()) {
      out.append("M {\n").append(dump(attached)).append("}\n");
    }
    m.problems().forEach(p -> out.append("P ").append(p).append('\n'));
    return out.append(m.size()).append(' ').append(m.truncated()).append(' ').append(m.sha256()).toString();
  }

  private static byte[] message(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String eol = eol(r);
    int fields = r.nextInt(4) == 0 ? r.nextInt(3) : 1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 40);
    if (r.nextInt(4) == 0) { // an mbox From_ line, or a line of words, where mime4j wants a field
      write(out, (r.nextBoolean() ? "From sender@example.org  Thu Aug 22 12:36:23 2002" : "a few\twords")
          + (r.nextInt(4) == 0 ? eol + " continued" : "") + eol);
    }
    String boundary = r.nextBoolean() ? "b" + r.nextInt(1000) : "=_Part_" + r.nextInt(99) + "." + r.nextLong();
    int kind = r.nextInt(6); // 0-1 single part, 2-4 multipart, 5 forwarded message
    String type = switch (kind) {
      case 0 -> r.nextBoolean() ? "text/plain; charset=utf-8" : "text/html; charset=\"iso-8859-1\"";
      case 1 -> "application/octet-stream; name=\"a.bin\"";
      case 2, 3, 4 -> "multipart/" + (r.nextBoolean() ? "alternative" : "mixed") + ";" + fold(r, eol)
          + "boundary=\"" + boundary + "\"";
      default -> "message/rfc822";
    };
    String encoding = new String[] {"7bit", "8bit", "base64", "quoted-printable", "binary", "x-junk"}[r.nextInt(6)];
    boolean typeWritten = false;
    for (int i = 0; i < fields; i++) {
      if (!typeWritten && r.nextInt(fields - i) == 0) {
        write(out, (r.nextBoolean() ? "Content-Type: " : "content-type:") + type + eol);
        if (r.nextBoolean()) {
          write(out, "Content-Transfer-Encoding: " + encoding + eol);
        }
        typeWritten = true;
        continue;
      }
      write(out, field(r, eol));
    }
    if (r.nextInt(30) != 0) {
      write(out, r.nextInt(10) == 0 ? "\n" : eol.endsWith("\n") ? eol : "\r\n");
    }
    body(out, r, kind, boundary, encoding, eol, 0);
    if (r.nextInt(20) == 0) {
      byte[] b = out.toByteArray();
      return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1)); // cut anywhere
    }
    return out.toByteArray();
  }

  private static void body(ByteArrayOutputStream out, Random r, int kind, String boundary, String encoding,
      String eol, int depth) {
    if (kind >= 2 && kind <= 4) {
      if (r.nextBoolean()) {
        write(out, "preamble" + eol);
      }
      int parts = 1 + r.nextInt(4);
      for (int p = 0; p < parts; p++) {
        write(out, (r.nextInt(15) == 0 ? "x--" : "--") + boundary + (r.nextInt(10) == 0 ? " junk" : "") + eol);
        if (r.nextInt(8) == 0) {
          write(out, "not a field" + eol);
        }
        if (r.nextInt(10) == 0 && depth < 2) {
          String inner = boundary + "i" + depth;
          write(out, "Content-Type: multipart/mixed; boundary=" + inner + eol + eol);
          body(out, r, 2, inner, encoding, eol, depth + 1);
          continue;
        }
        if (r.nextInt(10) == 0) {
          write(out, "Content-Type: message/rfc822" + eol + eol + field(r, eol) + field(r, eol) + eol);
          text(out, r, eol);
          continue;
        }
        String enc = new String[] {"7bit", "base64", "quoted-printable"}[r.nextInt(3)];
        write(out, "Content-Type: " + (r.nextBoolean() ? "text/plain" : "text/html") + "; charset=utf-8" + eol
            + (r.nextInt(5) == 0 ? "Content-Disposition: attachment; filename=\"f" + p + ".txt\"" + eol : "")
            + "Content-Transfer-Encoding: " + enc + eol + eol);
        encoded(out, r, enc, eol);
      }
      if (r.nextInt(5) != 0) {
        write(out, "--" + boundary + "--" + eol);
      }
      if (r.nextBoolean()) {
        write(out, "epilogue --" + boundary + " text" + eol);
      }
    } else if (kind == 5) {
      write(out, field(r, eol) + "Content-Type: text/plain" + eol + eol);
      text(out, r, eol);
    } else {
      encoded(out, r, encoding, eol);
    }
  }

  private static void encoded(ByteArrayOutputStream out, Random r, String encoding, String eol) {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    text(plain, r, eol);
    byte[] bytes = plain.toByteArray();
    if (encoding.equals("base64")) {
      String b64 = Base64.getMimeEncoder(60 + r.nextInt(20), eol.getBytes(StandardCharsets.ISO_8859_1))
          .encodeToString(bytes);
      write(out, r.nextInt(10) == 0 ? b64.substring(0, b64.length() / 2) + "!*" + b64.substring(b64.length() / 2)
          : b64);
      write(out, eol);
    } else if (encoding.equals("quoted-printable")) {
      StringBuilder qp = new StringBuilder();
      for (byte b : bytes) {
        int c = b & 0xff;
        qp.append(c >= 0x80 || c == '=' || r.nextInt(40) == 0 ? String.format("=%02X", c) : String.valueOf((char) c));
        if (r.nextInt(70) == 0) {
          qp.append(r.nextInt(5) == 0 ? "==" : "=").append(eol);
        }
      }
      write(out, qp.toString());
    } else {
      out.writeBytes(bytes);
    }
  }

  private static void text(ByteArrayOutputStream out, Random r, String eol) {
    String[] words = {"pay", "bitcoin", "<b>video</b>", "Grüße", "日本", "=?utf-8?q?x?=", "\t", "==", "=\r\n",
        "<a href=\"http://x.example/\">link</a>", "--", "\r", "\n", "€"};
    int n = r.nextInt(r.nextInt(8) == 0 ? 3000 : 400);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(25) == 0) {
        write(out, eol);
      } else if (r.nextInt(60) == 0) {
        out.write(r.nextInt(256));
      } else {
        out.writeBytes(words[r.nextInt(words.length)].getBytes(r.nextInt(6) == 0 ? StandardCharsets.ISO_8859_1
            : StandardCharsets.UTF_8));
        out.write(' ');
      }
    }
  }

  /** A header field; now and then (one message in four) one mime4j takes for the start of the body. */
  private static String field(Random r, String eol) {
    boolean junk = r.nextInt(80) == 0;
    String name = NAMES[r.nextInt(junk ? NAMES.length : NAMES.length - 5)];
    StringBuilder f = new StringBuilder(name).append(junk && r.nextBoolean() ? " :" : ":");
    int pieces = 1 + r.nextInt(r.nextInt(10) == 0 ? 60 : 4);
    for (int i = 0; i < pieces; i++) {
      f.append(r.nextInt(4) == 0 ? "" : " ").append(word(r));
      if (r.nextInt(5) == 0) {
        f.append(fold(r, eol));
      }
    }
    return f.append(r.nextInt(25) == 0 ? "\r" : "").append(eol).toString();
  }

  private static String word(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> "=?utf-8?B?R3LDvMOfZQ==?=";
      case 1 -> "=?iso-8859-1?Q?caf=E9?=";
      case 2 -> r.nextBoolean() ? "Grüße" : new String("Grüße".getBytes(StandardCharsets.UTF_8),
          StandardCharsets.ISO_8859_1);
      case 3 -> new String(new byte[] {(byte) 0xe9, (byte) 0xff}, StandardCharsets.ISO_8859_1);
      case 4 -> "a\rb";
      case 5 -> "<id" + r.nextInt(99) + "@example.org>";
      case 6 -> "\"Name, Q.\" <q@example.org>";
      case 7 -> String.valueOf((char) r.nextInt(128));
      default -> "word" + r.nextInt(1000);
    };
  }

  private static String fold(Random r, String eol) {
    return eol + (r.nextBoolean() ? " " : "\t");
  }

  private static String eol(Random r) {
    return List.of("\r\n", "\r\n", "\n", "\r\r\n").get(r.nextInt(4));
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8).length == s.length() ? s.getBytes(StandardCharsets.UTF_8)
        : s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
