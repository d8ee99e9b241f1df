package org.sextortionshield.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's regular and bold fonts. Liberation Sans (SIL OFL, from the openpdf-fonts-extra jar) is embedded as a
 * subset so Czech, Polish, Greek or Cyrillic names and quotes print as written; should the font jar be missing from
 * the class path, the standard Helvetica pair (Latin-1 only) still gives a report rather than none.
 */
record ReportFonts(PDFont regular, PDFont bold, boolean unicode) {
  private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

  static ReportFonts load(PDDocument doc) throws IOException {
    try (InputStream regular = ReportFonts.class.getResourceAsStream(REGULAR);
        InputStream bold = ReportFonts.class.getResourceAsStream(BOLD)) {
      if (regular != null && bold != null) {
        return new ReportFonts(PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true), true);
      }
    }
    return new ReportFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
  }
}
