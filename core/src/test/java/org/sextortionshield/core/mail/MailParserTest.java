package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;

class MailParserTest {
  private final MailParser parser = new MailParser();

  private ParsedMessage parse(String raw) throws IOException {
    return parser.parse(raw.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void decodesEncodedWordsInHeaders() throws IOException {
    ParsedMessage m = parse("Subject: =?UTF-8?B?WW91ciBkZXZpY2U=?= =?ISO-8859-1?Q?_gef=E4hrdet?=\n"
        + "From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.org>\n\nbody");
    assertThat(m.subject()).isEqualTo("Your device gefährdet");
    assertThat(m.from().get(0).displayName()).isEqualTo("Jürgen");
    assertThat(m.from().get(0).address()).isEqualTo("j@example.org");
  }

  /** One-line ASCII values are made straight from the header's bytes: stripped, encoded words decoded, colons kept. */
  @Test
  void oneLineAsciiHeaderValuesAreStrippedAndDecoded() throws IOException {
    ParsedMessage m = parser.parse(("X-Spaced: \t  two words \t\nX-Colons: a:b: c\nX-Empty:\n"
        + "X-Encoded: =?ISO-8859-1?Q?Gr=FC=DFe?= \nX-Control: \u001fvalue\u001c\n\nbody")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(m.headers()).containsExactly(new Header("X-Spaced", "two words"), new Header("X-Colons", "a:b: c"),
        new Header("X-Empty", ""), new Header("X-Encoded", "Grüße"), new Header("X-Control", "value"));
  }

  @Test
  void headersDecodedWhenReadEqualHeadersMadeWithTheirValue() throws IOException {
    ParsedMessage m = parser.parse(("Subject: =?UTF-8?B?WW91ciBkZXZpY2U=?=\n  folded\nX-Note: Grüße\n"
        + "DKIM-Signature: v=1; a=rsa-sha256;\n\tb=abc\n\nbody").getBytes(StandardCharsets.UTF_8));
    assertThat(m.headers()).containsExactly(new Header("Subject", "Your device  folded"),
        new Header("X-Note", "Grüße"), new Header("DKIM-Signature", "v=1; a=rsa-sha256;\tb=abc"));
    assertThat(m.headers().get(1).hashCode()).isEqualTo(new Header("X-Note", "Grüße").hashCode());
    assertThat(m.header("x-note")).isEqualTo("Grüße");
  }

  @Test
  void parsesAddressesWithNonLatinDisplayNames() throws IOException {
    ParsedMessage m = parser.parse(("From: =?utf-8?B?0JjQstCw0L0=?= <ivan@scam.example>\n"
        + "To: Иван Петров <ivan.p@example.org>, \"Jürgen\" <j@example.de>, Ann <ann@example.com>\n\nx")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(m.from().get(0)).isEqualTo(new MailAddress("Иван", "ivan@scam.example"));
    assertThat(m.to()).containsExactly(new MailAddress("Иван Петров", "ivan.p@example.org"),
        new MailAddress("Jürgen", "j@example.de"), new MailAddress("Ann", "ann@example.com"));
  }

  @Test
  void readsRawUtf8Headers() throws IOException {
    byte[] raw = "Subject: Vidéo enregistrée\n\nx".getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse(raw).subject()).isEqualTo("Vidéo enregistrée");
  }

  @Test
  void decodesQuotedPrintableAndBase64InDeclaredCharsets() throws IOException {
    ParsedMessage qp = parse("Content-Type: text/plain; charset=iso-8859-1\n"
        + "Content-Transfer-Encoding: quoted-printable\n\nCaf=E9 =\nsoft break");
    assertThat(qp.textParts().get(0).text()).isEqualTo("Café soft break");
    String cyrillic = java.util.Base64.getEncoder().encodeToString("Привет".getBytes(Charset.forName("windows-1251")));
    ParsedMessage b64 = parse("Content-Type: text/plain; charset=windows-1251\n"
        + "Content-Transfer-Encoding: base64\n\n" + cyrillic);
    assertThat(b64.textParts().get(0).text()).isEqualTo("Привет");
  }

  @Test
  void unknownAndLyingCharsetsFallBackAndSaySo() throws IOException {
    byte[] utf8InAscii = ("Content-Type: text/plain; charset=us-ascii\n\n" + "naïve").getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse(utf8InAscii).textParts().get(0).text()).isEqualTo("naïve");
    ParsedMessage unknown = parse("Content-Type: text/plain; charset=x-nonsense\n\ncaf\u00e9");
    assertThat(unknown.textParts().get(0).text()).isEqualTo("café"); // not UTF-8, so windows-1252
    assertThat(unknown.problems()).anyMatch(p -> p.contains("x-nonsense") && p.contains("windows-1252"));
  }

  @Test
  void readsBothAlternativesAndListsAttachmentsWithHashes() throws IOException {
    byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
    String raw = "Content-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        + "Content-Type: multipart/alternative; boundary=YY\n\n--YY\nContent-Type: text/plain\n\nplain words\n"
        + "--YY\nContent-Type: text/html\n\n<p>html words</p>\n--YY--\n"
        + "--XX\nContent-Type: application/pdf; name=\"scan.pdf\"\nContent-Transfer-Encoding: base64\n"
        + "Content-Disposition: attachment; filename=\"scan.pdf\"\n\n"
        + java.util.Base64.getEncoder().encodeToString(pdf) + "\n--XX--\n";
    ParsedMessage m = parse(raw);
    assertThat(m.textParts()).extracting(TextPart::location).containsExactly("body", "html");
    assertThat(m.textParts().get(1).text().strip()).isEqualTo("html words");
    Attachment a = m.attachments().get(0);
    assertThat(a.name()).isEqualTo("scan.pdf");
    assertThat(a.contentType()).isEqualTo("application/pdf");
    assertThat(a.size()).isEqualTo(pdf.length);
    assertThat(a.sha256()).isEqualTo(sha256(pdf));
    assertThat(a.content()).isEqualTo(pdf);
  }

  /** Parts around the kept-bytes limits: what is kept, what is counted and hashed, what is marked truncated. */
  @Test
  void keepsPartsUpToTheirLimitsAndHashesWholeAttachments() throws IOException {
    int limit = 10_000; // above the first 4 KB a part is read into, so the kept bytes grow on the way
    MailParser small = new MailParser(new Limits(64L << 20, limit, 1 << 20, 1000, 24, limit, 16));
    byte[] exact = new byte[limit];
    byte[] over = new byte[limit + 1];
    for (int i = 0; i < over.length; i++) {
      over[i] = (byte) (i * 31);
      if (i < exact.length) {
        exact[i] = (byte) (i * 17);
      }
    }
    String text = "word ".repeat(3_000); // 15,000 bytes of text: cut at the limit
    String raw = "Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\n" + text
        + "\n--XX\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
        + "Content-Disposition: attachment; filename=\"exact.bin\"\n\n"
        + java.util.Base64.getMimeEncoder().encodeToString(exact)
        + "\n--XX\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
        + "Content-Disposition: attachment; filename=\"over.bin\"\n\n"
        + java.util.Base64.getMimeEncoder().encodeToString(over) + "\n--XX--\n";
    ParsedMessage m = small.parse(raw.getBytes(StandardCharsets.US_ASCII));
    TextPart body = m.textParts().get(0);
    assertThat(body.truncated()).isTrue();
    // its first `limit` bytes and its last quarter-limit, the rest left out
    assertThat(body.text()).isEqualTo(text.substring(0, limit) + "\n\n" + text.substring(text.length() - limit / 4));
    Attachment kept = m.attachments().get(0);
    assertThat(kept.content()).isEqualTo(exact);
    assertThat(kept.size()).isEqualTo(limit);
    assertThat(kept.sha256()).isEqualTo(sha256(exact));
    Attachment counted = m.attachments().get(1);
    assertThat(counted.content()).as("too large to keep").isNull();
    assertThat(counted.size()).isEqualTo(limit + 1);
    assertThat(counted.sha256()).isEqualTo(sha256(over));
  }

  @Test
  void readsTextAttachmentsAndRfc2231FileNames() throws IOException {
    String raw = "Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\nsee attached\n"
        + "--XX\nContent-Type: text/plain; charset=utf-8\n"
        + "Content-Disposition: attachment; filename*=UTF-8''N%C3%A4chricht.txt\n\nthe demand is in here\n--XX--\n";
    ParsedMessage m = parse(raw);
    assertThat(m.textParts()).extracting(TextPart::location).containsExactly("body", "attachment:Nächricht.txt");
    assertThat(m.textParts().get(1).text()).contains("the demand is in here");
    assertThat(m.attachments()).extracting(Attachment::name).containsExactly("Nächricht.txt");
  }

  @Test
  void anAttachmentWithoutAFileNameHasAnEmptyName() throws IOException {
    String raw = "Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\nsee attached\n"
        + "--XX\nContent-Type: text/plain; charset=x-unknown\nContent-Disposition: attachment\n\nthe demand\n"
        + "--XX\nContent-Type: application/octet-stream\nContent-Disposition: attachment\n\nbytes\n--XX--\n";
    ParsedMessage m = parse(raw);
    assertThat(m.attachments()).extracting(Attachment::name).containsExactly("", "");
    assertThat(m.textParts()).extracting(TextPart::location).containsExactly("body", "attachment:");
    assertThat(m.problems()).containsExactly(
        "unknown charset 'x-unknown' in text/plain attachment part 2, read as UTF-8");
  }

  /** Found by auditing: a header over mime4j's limits failed the parse before the body, so the scam went unread. */
  @Test
  void aHugeHeaderOrThousandsOfFieldsAreCutAndTheBodyStillRead() throws IOException {
    ParsedMessage longSubject = parse("From: a@example.org\nSubject: " + "x".repeat(300_000) + "\n\nthe demand\n");
    assertThat(longSubject.textParts()).extracting(TextPart::text).containsExactly("the demand\n");
    assertThat(longSubject.subject()).hasSizeLessThan(MailParser.MAX_HEADER_FIELD_BYTES);
    assertThat(longSubject.problems()).containsExactly(
        "1 header field(s) longer than " + MailParser.MAX_HEADER_FIELD_BYTES + " bytes; each was cut there");
    assertThat(longSubject.truncated()).isTrue();
    ParsedMessage manyFields = parse("Received: from x\n".repeat(2_001) + "Subject: hi\n\nthe demand\n");
    assertThat(manyFields.textParts()).extracting(TextPart::text).containsExactly("the demand\n");
    assertThat(manyFields.headers()).hasSize(MailParser.MAX_HEADER_FIELDS);
    assertThat(manyFields.problems()).containsExactly("a header of more than " + MailParser.MAX_HEADER_FIELDS
        + " fields; the rest were skipped");
    // found in review: the body may start without a blank line, after a line that is no field
    ParsedMessage noBlankLine = parse("Received: from x\n".repeat(1_100) + "the demand\n");
    assertThat(noBlankLine.textParts()).extracting(TextPart::text).containsExactly("the demand\n");
    // found in review: thousands of fields in a part's header no longer stop the parse
    ParsedMessage paddedPart = parse("Content-Type: multipart/mixed; boundary=B\n\n--B\n" + "X-Pad: 1\n".repeat(2_100)
        + "Content-Type: text/plain\n\nthe demand\n--B--\n");
    assertThat(paddedPart.textParts()).extracting(TextPart::text).containsExactly("the demand");
  }

  /** Found in review: a field over mime4j's limit in a part's header failed the parse, so the scam read "clean". */
  @Test
  void aHugeFieldInAPartsHeaderIsCutAndTheScamStillRead() throws IOException {
    String pad = "X-Pad: " + "p".repeat(5 << 20) + "\n";
    ParsedMessage before = parse("Content-Type: multipart/mixed; boundary=B\n\n--B\n" + pad
        + "Content-Type: text/plain\n\nhello\n--B\nContent-Type: text/plain\n\nthe demand\n--B--\n");
    assertThat(before.textParts()).extracting(TextPart::text).containsExactly("hello", "the demand");
    assertThat(before.problems()).containsExactly(
        "1 header field(s) longer than " + MailParser.MAX_HEADER_FIELD_BYTES + " bytes; each was cut there");
    // in a forwarded message that is base64-encoded (parsed by a run of its own), counted with the rest
    String inner = "Subject: inner\n" + pad + "Content-Type: text/plain\n\nthe demand";
    ParsedMessage forwarded = parse("Subject: outer\n" + pad + "Content-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        + "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
        + java.util.Base64.getMimeEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8)) + "\n--XX--\n");
    assertThat(forwarded.attachedMessages()).hasSize(1);
    assertThat(forwarded.attachedMessages().get(0).textParts()).extracting(TextPart::text)
        .containsExactly("the demand");
    assertThat(forwarded.problems()).containsExactly(
        "2 header field(s) longer than " + MailParser.MAX_HEADER_FIELD_BYTES + " bytes; each was cut there");
  }

  @Test
  void parsesForwardedMessagesAsMessagesOfTheirOwn() throws IOException {
    ParsedMessage m = parser.parse(Fixtures.bytes("forwarded-sextortion.eml"));
    assertThat(m.subject()).isEqualTo("Fwd: is this real??");
    assertThat(m.attachedMessages()).hasSize(1);
    ParsedMessage inner = m.attachedMessages().get(0);
    assertThat(inner.subject()).isEqualTo("I recorded you");
    assertThat(inner.textParts().get(0).text()).contains("recorded you through the camera");
    assertThat(m.textParts()).hasSize(1); // the inner text is not mixed into the outer message
  }

  @Test
  void parsesBase64EncodedForwardedMessages() throws IOException {
    String inner = "Subject: inner\nContent-Type: text/plain\n\nhidden original";
    String raw = "Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: message/rfc822\n"
        + "Content-Transfer-Encoding: base64\n\n"
        + java.util.Base64.getMimeEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8)) + "\n--XX--\n";
    ParsedMessage m = parse(raw);
    assertThat(m.attachedMessages()).hasSize(1);
    assertThat(m.attachedMessages().get(0).subject()).isEqualTo("inner");
    assertThat(m.attachedMessages().get(0).textParts().get(0).text()).contains("hidden original");
  }

  @Test
  void keepsWhatItCanOfBrokenMime() throws IOException {
    ParsedMessage m = parser.parse(Fixtures.bytes("broken-mime.eml"));
    assertThat(m.subject()).contains("broken");
    assertThat(m.textParts().get(0).text()).contains("Café meeting moved");
    assertThat(m.attachments()).hasSize(1);
  }

  @Test
  void headlessTextIsABody() throws IOException {
    ParsedMessage m = parse("I recorded you. Pay now.\nThis is not a header line at all");
    assertThat(m.textParts()).isNotEmpty();
    assertThat(String.join(" ", m.textParts().stream().map(TextPart::text).toList())).contains("Pay now");
  }

  @Test
  void emptyInputGivesAnEmptyMessage() throws IOException {
    ParsedMessage m = parser.parse(new byte[0]);
    assertThat(m.size()).isZero();
    assertThat(m.textParts()).isEmpty();
  }

  @Test
  void hashesTheWholeMessage() throws IOException {
    byte[] raw = Fixtures.bytes("sextortion-en-webcam.eml");
    ParsedMessage m = parser.parse(raw);
    assertThat(m.sha256()).isEqualTo(sha256(raw));
    assertThat(m.size()).isEqualTo(raw.length);
    assertThat(m.truncated()).isFalse();
  }

  /** Found in review: a megabyte of padding before the scam in the same part pushed the scam past the limit. */
  @Test
  void readsTheEndOfALongTextPartToo() throws IOException {
    int limit = 1000;
    MailParser small = new MailParser(new Limits(64L << 20, limit, 1 << 20, 1000, 24, limit, 16));
    String padding = "lorem ipsum ".repeat(5_000);
    ParsedMessage padded = small.parse(("Content-Type: text/plain; charset=utf-8\n\n" + padding + "the demand")
        .getBytes(StandardCharsets.UTF_8));
    TextPart part = padded.textParts().get(0);
    assertThat(part.text()).startsWith(padding.substring(0, limit) + "\n\n").endsWith(" the demand")
        .hasSizeLessThanOrEqualTo(limit + 2 + limit / 4);
    assertThat(part.truncated()).isTrue();
    assertThat(padded.problems()).containsExactly("text/plain part 1 longer than 1250 bytes; its first 1000 and last 250"
        + " bytes were read");
    // a part past the limit by no more than the tail is read whole
    String slightlyOver = "x".repeat(limit + limit / 4);
    TextPart whole = small.parse(("Content-Type: text/plain\n\n" + slightlyOver).getBytes(StandardCharsets.US_ASCII))
        .textParts().get(0);
    assertThat(whole.text()).isEqualTo(slightlyOver);
    assertThat(whole.truncated()).isFalse();
    // the tail starts on a whole character: UTF-8 skips a cut character, UTF-16 keeps its pairs of bytes aligned
    String umlauts = "\u00e4".repeat(3_001) + " die Forderung";
    TextPart utf8 = small.parse(("Content-Type: text/plain; charset=utf-8\n\n" + umlauts).getBytes(StandardCharsets.UTF_8))
        .textParts().get(0);
    assertThat(utf8.text().substring(limit / 2 + 2)).doesNotContain("\ufffd").endsWith("\u00e4 die Forderung");
    byte[] utf16 = ("x" + "\u00e4".repeat(3_000) + " die Forderung").getBytes(StandardCharsets.UTF_16BE);
    byte[] raw = concat("Content-Type: text/plain; charset=utf-16be\n\n".getBytes(StandardCharsets.US_ASCII), utf16);
    assertThat(small.parse(raw).textParts().get(0).text()).endsWith("\u00e4 die Forderung")
        .doesNotContain("\ufffd");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Found in review: 1,001 empty parts (a 30 KB message) put the scam after the parts limit, out of reach. */
  @Test
  void readsThePartsAtTheEndOfAMessageWithTooManyParts() throws IOException {
    StringBuilder raw = new StringBuilder("Subject: many\nContent-Type: multipart/mixed; boundary=P\n\n");
    for (int i = 1; i <= 1_500; i++) {
      raw.append("--P\nContent-Type: text/plain\n\npart ").append(i).append('\n');
    }
    raw.append("--P\nContent-Type: application/octet-stream; name=w.bin\n\nwallet\n");
    raw.append("--P\nContent-Type: text/plain\n\nthe demand\n--P--\n");
    ParsedMessage m = parse(raw.toString());
    List<String> texts = m.textParts().stream().map(TextPart::text).toList();
    assertThat(texts).contains("part 1", "part 1000", "part 1500", "the demand").doesNotHaveDuplicates();
    assertThat(m.attachments()).extracting(Attachment::name).containsExactly("w.bin");
    assertThat(m.truncated()).isTrue();
    assertThat(m.problems()).containsExactly("more than 1000 MIME parts; of the rest, only those in the last "
        + PartsTail.BYTES + " bytes of the message were read");
    // far more parts than the last bytes hold: the end is still read, the middle is not
    StringBuilder padded = new StringBuilder("Content-Type: multipart/mixed; boundary=P\n\n");
    padded.append("--P\n\n.\n".repeat(30_000)).append("--P\nContent-Type: text/plain\n\nthe demand\n--P--\n");
    assertThat(parse(padded.toString()).textParts()).extracting(TextPart::text).contains("the demand");
  }

  /** Found in review: parts of filler text filling the message's text budget put the scam after it. */
  @Test
  void readsTheLastTextPastTheMessagesTextBudget() throws IOException {
    MailParser small = new MailParser(new Limits(64L << 20, 1 << 20, 1000, 1000, 24, 1 << 20, 16));
    StringBuilder raw = new StringBuilder("Content-Type: multipart/mixed; boundary=P\n\n");
    for (int i = 0; i < 5; i++) {
      raw.append("--P\nContent-Type: text/plain\n\n").append("filler ".repeat(100)).append('\n');
    }
    raw.append("--P\nContent-Type: text/html\n\n<p>the <b>demand</b></p>\n--P--\n");
    ParsedMessage m = small.parse(raw.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(m.textParts()).last().satisfies(p -> assertThat(p.text()).contains("the demand"));
    assertThat(m.truncated()).isTrue();
    assertThat(m.problems()).containsExactly("more than 1000 characters of text; of the rest, only the last "
        + MailParser.LATE_TEXT_CHARS + " were read");
  }

  @Test
  void boundsPartsTextAndSize() throws IOException {
    Limits tight = new Limits(4096, 100, 150, 3, 24, 1024, 2);
    MailParser small = new MailParser(tight);
    StringBuilder raw = new StringBuilder("Content-Type: multipart/mixed; boundary=XX\n\n");
    for (int i = 0; i < 10; i++) {
      raw.append("--XX\nContent-Type: text/plain\n\n").append("word ".repeat(40)).append('\n');
    }
    raw.append("--XX--\n");
    ParsedMessage m = small.parse(raw.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(m.truncated()).isTrue();
    assertThat(m.textParts().size()).isLessThanOrEqualTo(3);
    assertThat(m.textParts().get(0).text().length()).isLessThanOrEqualTo(100 + 2 + 25); // head, gap, tail
    assertThat(m.problems()).anyMatch(p -> p.contains("MIME parts") || p.contains("characters"));

    byte[] big = ("Subject: big\n\n" + "x".repeat(10_000)).getBytes(StandardCharsets.US_ASCII);
    ParsedMessage cut = small.parse(big);
    assertThat(cut.size()).isEqualTo(4096);
    assertThat(cut.truncated()).isTrue();
  }

  /** Found in review: nested multiparts counted as depth, so a scam 26 multiparts down read "clean". */
  @Test
  void readsPartsAtAnyMultipartDepthButFollowsAttachedMessagesBoundedly() throws IOException {
    int depth = 60;
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      raw.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
    }
    raw.append("Content-Type: text/plain\n\ndeep text\n");
    for (int i = depth - 1; i >= 0; i--) {
      raw.append("--b").append(i).append("--\n");
    }
    ParsedMessage multiparts = parse(raw.toString());
    assertThat(multiparts.textParts()).extracting(TextPart::text).containsExactly("deep text");
    assertThat(multiparts.truncated()).isFalse();
    StringBuilder forwards = new StringBuilder("Subject: outer\n");
    for (int i = 0; i < depth; i++) {
      forwards.append("Content-Type: message/rfc822\n\nSubject: level ").append(i).append('\n');
    }
    forwards.append("Content-Type: text/plain\n\ndeep text\n");
    ParsedMessage messages = parse(forwards.toString());
    assertThat(messages.truncated()).isTrue();
    assertThat(messages.problems()).containsExactly("messages attached more than 24 deep; deeper parts were not read");
  }

  @Test
  void streamsAFiftyMegabyteMessageWithoutHoldingIt() throws IOException {
    long attachmentBytes = 57L * 649_122; // 649,122 base64 lines of 77 bytes: a 50 MB message
    String head = "Subject: big\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\n"
        + "small text\n--XX\nContent-Type: application/octet-stream; name=big.bin\n"
        + "Content-Transfer-Encoding: base64\n\n";
    String tail = "\n--XX--\n";
    java.io.InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
        new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)),
        new Base64Lines(attachmentBytes), new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)))));
    ParsedMessage m = parser.parse(in);
    assertThat(m.size()).isBetween(49_900_000L, 50_100_000L);
    assertThat(m.truncated()).isFalse();
    assertThat(m.attachments()).singleElement().satisfies(a -> {
      assertThat(a.size()).isEqualTo(attachmentBytes);
      assertThat(a.content()).isNull(); // larger than the 8 MiB kept in memory: hashed as it streamed by
      assertThat(a.sha256()).hasSize(64);
    });
    assertThat(m.textParts().get(0).text().strip()).isEqualTo("small text");
  }

  /** Base64 of {@code bytes} zero bytes, 76-character lines, generated on the fly. */
  private static final class Base64Lines extends java.io.InputStream {
    private long linesLeft;
    private final byte[] line = ("A".repeat(76) + "\n").getBytes(StandardCharsets.US_ASCII);
    private int pos = line.length;

    Base64Lines(long bytes) {
      this.linesLeft = bytes / 57; // 57 bytes per 76-character line
    }

    @Override
    public int read() {
      if (pos == line.length) {
        if (linesLeft-- <= 0) {
          return -1;
        }
        pos = 0;
      }
      return line[pos++];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unused")
  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Found by fuzzing: mime4j threw IllegalStateException ("unread only works…") on these; now broken MIME. */
  @Test
  void aFailureInsideMime4jIsBrokenMimeNotACrash() throws IOException {
    for (String seed : new String[] {"parse/mime4j-unread-state.eml", "scan/mime4j-unread-state-short.eml"}) {
      ParsedMessage m = parser.parse(Fixtures.bytes("../org/sextortionshield/core/fuzz/MessageFuzzTestInputs/" + seed));
      assertThat(m.problems()).anySatisfy(p -> assertThat(p).startsWith("broken MIME structure (unread only works"));
      assertThat(m.truncated()).isTrue();
    }
  }
}
