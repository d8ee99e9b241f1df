package org.sextortionshield.core.media;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** QR images, PDFs and messages carrying them, generated for the tests (no files from elsewhere). */
final class MediaFixtures {
  private MediaFixtures() {}

  /** A QR code of {@code payload}, {@code size} pixels square, black on white with a quiet zone. */
  static BufferedImage qr(String payload, int size) {
    try {
      BitMatrix m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size);
      BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xffffff);
        }
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF with one page per line of {@code lines} (Helvetica), and {@code image} on the last page when not null. */
  static byte[] pdf(String[] lines, BufferedImage image, String userPassword) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < lines.length; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.newLineAtOffset(50, 700);
          cs.showText(lines[i]);
          cs.endText();
          if (image != null && i == lines.length - 1) {
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            cs.drawImage(x, 50, 300, 200, 200);
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multipart message with a short plain body and base64 attachments given as name, type, bytes. */
  static byte[] message(String subject, String body, Object... attachments) {
    StringBuilder m = new StringBuilder("From: a@example.net\nTo: b@example.org\nSubject: " + subject + "\n"
        + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n"
        + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n");
    for (int i = 0; i < attachments.length; i += 3) {
      m.append("--b1\nContent-Type: ").append(attachments[i + 1]).append("; name=\"").append(attachments[i])
          .append("\"\nContent-Disposition: attachment; filename=\"").append(attachments[i])
          .append("\"\nContent-Transfer-Encoding: base64\n\n")
          .append(Base64.getMimeEncoder().encodeToString((byte[]) attachments[i + 2])).append('\n');
    }
    m.append("--b1--\n");
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }
}
