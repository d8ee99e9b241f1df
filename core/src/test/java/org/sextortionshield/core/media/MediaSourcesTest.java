package org.sextortionshield.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/** QR codes in images and PDFs, and PDF text, read through the default engine. */
class MediaSourcesTest {
  private static final String BTC = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
  private static final String URI = "bitcoin:" + BTC + "?amount=0.05";
  private static final String[] SCAM = {
      "I hacked your device and recorded you through your webcam while you watched adult videos.",
      "Pay 1450 USD in Bitcoin within 48 hours or I will send the video to all your contacts.",
      "My Bitcoin wallet: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"};

  @Test
  void qrCodesInPngJpegAndGifAttachments() throws IOException {
    BufferedImage qr = MediaFixtures.qr(URI, 300);
    for (String format : new String[] {"png", "jpg", "gif"}) {
      byte[] mail = MediaFixtures.message("hello", "see the picture", "code." + format, "image/" + format,
          MediaFixtures.encode(qr, format));
      Verdict v = Shield.defaults().scan(mail);
      assertThat(v.indicators().wallets()).as(format).singleElement().satisfies(w -> {
        assertThat(w.address()).isEqualTo(BTC);
        assertThat(w.location()).isEqualTo("qr:code." + format);
        assertThat(w.foundIn()).isEqualTo("qr");
        assertThat(w.uri()).isEqualTo(URI);
      });
      assertThat(v.indicators().amounts()).extracting(a -> a.currency()).contains("BTC");
    }
  }

  @Test
  void qrCodeInAnInlineDataImageOfTheHtml() throws IOException {
    String png = Base64.getEncoder().encodeToString(MediaFixtures.encode(MediaFixtures.qr(BTC, 200), "png"));
    String mail = "Subject: x\nContent-Type: text/html\n\n<p>Scan this:</p><img src=\"data:image/png;base64,"
        + png + "\">";
    Verdict v = Shield.defaults().scan(mail.getBytes(StandardCharsets.US_ASCII));
    assertThat(v.indicators().wallets()).extracting(Wallet::location).containsExactly("qr:inline-image-1.png");
  }

  @Test
  void aScamDeliveredAsPdfIsReadBySignalsToo() throws IOException {
    byte[] mail = MediaFixtures.message("Invoice", "Please see the attached document.", "invoice.pdf",
        "application/pdf", MediaFixtures.pdf(SCAM, MediaFixtures.qr("ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9", 240),
            null));
    Verdict v = Shield.defaults().scan(mail);
    assertThat(v.category()).isEqualTo(Category.SEXTORTION);
    assertThat(v.signals()).anySatisfy(s -> assertThat(s.evidence()).anySatisfy(
        e -> assertThat(e.location()).isEqualTo("pdf:invoice.pdf")));
    assertThat(v.indicators().wallets()).extracting(w -> w.currency() + "@" + w.location())
        .containsExactly("BTC@pdf:invoice.pdf", "LTC@qr:invoice.pdf");
    assertThat(v.problems()).isEmpty();
  }

  @Test
  void attachmentsWithoutAFileNameAreLookedAtToo() throws IOException {
    // A text part marked as an attachment but without a name once reached the PDF and image checks with a null name.
    String mail = "Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\n"
        + String.join("\n", SCAM) + "\n--XX\nContent-Type: text/plain\nContent-Disposition: attachment\n\nnotes\n"
        + "--XX\nContent-Type: application/pdf\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder().encodeToString(MediaFixtures.pdf(new String[] {"Wallet " + BTC}, null, null))
        + "\n--XX--\n";
    Verdict v = Shield.defaults().scan(mail.getBytes(StandardCharsets.UTF_8));
    assertThat(v.category()).isEqualTo(Category.SEXTORTION);
    assertThat(v.indicators().wallets()).extracting(w -> w.address() + "@" + w.location()).contains(BTC + "@pdf:");
  }

  @Test
  void brokenImagesAndProtectedPdfsAreOneLineProblems() throws IOException {
    byte[] png = MediaFixtures.encode(MediaFixtures.qr(BTC, 100), "png");
    byte[] broken = java.util.Arrays.copyOf(png, 60);
    byte[] mail = MediaFixtures.message("x", "body", "broken.png", "image/png", broken, "secret.pdf",
        "application/pdf", MediaFixtures.pdf(SCAM, null, "user-pw"), "junk.pdf", "application/pdf",
        "%PDF-1.4 nothing else".getBytes(StandardCharsets.US_ASCII), "photo.webp", "image/webp",
        "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII));
    Verdict v = Shield.defaults().scan(mail);
    assertThat(v.problems()).anySatisfy(p -> assertThat(p).startsWith("image 'broken.png' could not be read"))
        .anySatisfy(p -> assertThat(p).isEqualTo("PDF 'secret.pdf' is password-protected; its text was not read"))
        .anySatisfy(p -> assertThat(p).startsWith("PDF 'junk.pdf' could not be read"))
        .allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("photo.webp")); // unknown format: skipped
    assertThat(v.indicators().wallets()).isEmpty();
  }

  @Test
  void pagesBeyondTheLimitAreNotRead() throws IOException {
    String[] pages = new String[25];
    java.util.Arrays.fill(pages, "nothing to see");
    pages[24] = "wallet " + BTC;
    byte[] mail = MediaFixtures.message("x", "body", "long.pdf", "application/pdf",
        MediaFixtures.pdf(pages, null, null));
    Verdict v = Shield.defaults().scan(mail);
    assertThat(v.indicators().wallets()).isEmpty();
    assertThat(v.problems()).contains("PDF 'long.pdf' has 25 pages; only the first 20 were read");
  }

  @Test
  void hugeImagesAreReadSubsampledWithinTheBound() throws IOException {
    assertThat(ImageFiles.subsampling(4_000_000, 4_000_000)).isEqualTo(1);
    assertThat(ImageFiles.subsampling(4_000_001, 4_000_000)).isEqualTo(2);
    assertThat(ImageFiles.subsampling(100_000_000, 4_000_000)).isEqualTo(5);
    BufferedImage big = MediaFixtures.qr(BTC, 1500); // 2.25 Mpx: read at every 2nd pixel
    BufferedImage read = ImageFiles.read(MediaFixtures.encode(big, "png"), 2_000_000);
    assertThat(read.getWidth()).isEqualTo(750);
    assertThat(QrDecoder.decode(read)).containsExactly(BTC);
  }

  @Test
  void theImageBudgetCapsImagesPerMessage() throws IOException {
    MediaLimits small = new MediaLimits(2_000_000, 16_000_000L, 100_000_000L, 1, 8, 20, 200_000, 64L << 20);
    byte[] png = MediaFixtures.encode(MediaFixtures.qr(BTC, 100), "png");
    byte[] mail = MediaFixtures.message("x", "body", "a.png", "image/png", png, "b.png", "image/png", png);
    Shield shield = Shield.builder().build();
    var parsed = new org.sextortionshield.core.mail.MailParser().parse(mail);
    java.util.List<String> problems = new java.util.ArrayList<>();
    assertThat(new QrCodeSource(small).texts(parsed, problems::add)).hasSize(1);
    assertThat(problems).containsExactly("image 'b.png' not searched for QR codes: the message has too many images or pixels");
    assertThat(shield.scan(mail).indicators().wallets()).hasSize(1); // same address, reported once
  }

  /**
   * Found by the hostile-input check: sixteen 2 MB PNGs of 20,000 x 20,000 pixels took 6 s, since a subsampled read
   * still inflates every source pixel and the budget was asked only after decoding. Now the source size is charged
   * before decoding, over the whole message.
   */
  /** Found by auditing: a PDF image of negative width took a negative count, which grew the budget. */
  @Test
  void theImageBudgetRefusesNegativeSizes() {
    PixelBudget budget = new PixelBudget(MediaLimits.defaults());
    assertThat(budget.take(-100_000_000L, -100_000_000L)).isFalse();
    assertThat(budget.take(1, -1)).isFalse();
    long all = MediaLimits.defaults().maxPixelsPerMessage();
    assertThat(budget.take(all, all)).isTrue();
    assertThat(budget.take(1, 1)).isFalse();
  }

  @Test
  void theImageBudgetCountsSourcePixelsBeforeDecoding() throws IOException {
    MediaLimits small = new MediaLimits(2_000_000, 16_000_000L, 3_000_000L, 16, 8, 20, 200_000, 64L << 20);
    byte[] big = MediaFixtures.encode(MediaFixtures.qr(BTC, 1500), "png"); // 2.25 Mpx, read as 0.56 Mpx
    byte[] mail = MediaFixtures.message("x", "body", "a.png", "image/png", big, "b.png", "image/png", big);
    var parsed = new org.sextortionshield.core.mail.MailParser().parse(mail);
    java.util.List<String> problems = new java.util.ArrayList<>();
    assertThat(new QrCodeSource(small).texts(parsed, problems::add)).hasSize(1);
    assertThat(problems).containsExactly(
        "image 'b.png' not searched for QR codes: the message has too many images or pixels");
  }
}
