package org.sextortionshield.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Found by the hostile-input check: PDFBox's stripper keeps every character a page draws until the page is written,
 * so one small page drawing millions of characters filled a 256 MB heap. The bounded stripper stops placing glyphs.
 */
class BoundedTextStripperTest {

  @Test
  void aPageDrawingMoreThanTheBudgetIsCutAtTheBudget() throws IOException {
    try (PDDocument doc = Loader.loadPDF(page("pay now ", 5_000))) { // 40,000 characters drawn
      BoundedTextStripper stripper = new BoundedTextStripper(1_000);
      String text = stripper.getText(doc);
      assertThat(stripper.cut()).isTrue();
      assertThat(text.replaceAll("\\s", "")).hasSizeBetween(500, 1_000).startsWith("paynowpaynow");
    }
  }

  @Test
  void aPageWithinTheBudgetIsReadWhole() throws IOException {
    try (PDDocument doc = Loader.loadPDF(page("pay now ", 100))) {
      BoundedTextStripper stripper = new BoundedTextStripper(1_000);
      String text = stripper.getText(doc);
      assertThat(stripper.cut()).isFalse();
      assertThat(text.replaceAll("\\s", "")).isEqualTo("paynow".repeat(100));
    }
  }

  /** One page that shows {@code word} {@code times} times, eight to a line. */
  private static byte[] page(String word, int times) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        cs.newLineAtOffset(20, 780);
        cs.setLeading(12);
        for (int i = 0; i < times; i++) {
          cs.showText(word);
          if (i % 8 == 7) {
            cs.newLine();
          }
        }
        cs.endText();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
