package org.sextortionshield.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes text onto exactly one A4 page, top to bottom, wrapping words; when the page is full, the rest is left out
 * and one closing line says where to find it. Characters the report's fonts cannot show become '?'.
 */
final class PdfPage implements AutoCloseable {
  private static final float MARGIN = 42;
  private static final float LABEL_WIDTH = 165;
  /** Longer texts (a sender can write a subject of any length) are cut: the page has room for less anyway. */
  private static final int MAX_TEXT = 2000;
  private static final String OVERFLOW = "More in evidence.json and headers.txt.";
  private final PDFont regular;
  private final PDFont bold;
  private final Map<Integer, Boolean> encodable = new HashMap<>();
  private final PDPageContentStream content;
  private final float width;
  private final float bottom;
  private float y;
  private boolean full;

  PdfPage(PDDocument doc, float reservedAtBottom) throws IOException {
    ReportFonts fonts = ReportFonts.load(doc);
    this.regular = fonts.regular();
    this.bold = fonts.bold();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    this.content = new PDPageContentStream(doc, page);
    this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    this.y = PDRectangle.A4.getHeight() - MARGIN;
    this.bottom = MARGIN + reservedAtBottom;
  }

  void title(String text) throws IOException {
    paragraph(text, bold, 15, 0);
    y -= 3;
  }

  void heading(String text) throws IOException {
    y -= 5;
    paragraph(text, bold, 10.5f, 0);
  }

  void text(String text, float size) throws IOException {
    paragraph(text, regular, size, 0);
  }

  /** A label in bold on the left, its value wrapped on the right. */
  void field(String label, String value) throws IOException {
    float size = 8.5f;
    List<String> labels = wrap(safe(label), bold, size, LABEL_WIDTH - 8);
    List<String> lines = wrap(safe(value), regular, size, width - LABEL_WIDTH);
    int rows = Math.max(labels.size(), lines.size());
    if (!room(rows * leading(size))) {
      return;
    }
    for (int i = 0; i < rows; i++) {
      if (i < labels.size()) {
        show(labels.get(i), bold, size, MARGIN, y - size);
      }
      if (i < lines.size()) {
        show(lines.get(i), regular, size, MARGIN + LABEL_WIDTH, y - size);
      }
      y -= leading(size);
    }
    y -= 0.8f;
  }

  /** Writes the footer in the space reserved at the bottom. */
  void footer(String text) throws IOException {
    float size = 7.5f;
    float at = MARGIN + 2;
    List<String> lines = wrap(safe(text), regular, size, width);
    at += (lines.size() - 1) * leading(size);
    for (String line : lines) {
      show(line, regular, size, MARGIN, at);
      at -= leading(size);
    }
  }

  boolean full() {
    return full;
  }

  private void paragraph(String text, PDFont font, float size, float indent) throws IOException {
    List<String> lines = wrap(safe(text), font, size, width - indent);
    if (!room(lines.size() * leading(size))) {
      return;
    }
    for (String line : lines) {
      show(line, font, size, MARGIN + indent, y - size);
      y -= leading(size);
    }
  }

  /** True when {@code height} fits above the reserved space (keeping a line for the overflow note). */
  private boolean room(float height) throws IOException {
    if (full) {
      return false;
    }
    if (y - height < bottom + leading(8.5f)) {
      full = true;
      show(OVERFLOW, bold, 8.5f, MARGIN, y - 8.5f);
      y -= leading(8.5f);
      return false;
    }
    return true;
  }

  private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, baseline);
    content.showText(text);
    content.endText();
  }

  private static float leading(float size) {
    return size * 1.3f;
  }

  private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(text)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, font, size) <= max) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // a word longer than the line (a URL, a hash) is cut where it must be, measuring each character once
      String rest = word;
      while (width(rest, font, size) > max) {
        int cut = 0;
        float used = 0;
        while (cut < rest.length()) {
          float w = width(rest.substring(cut, cut + 1), font, size);
          if (used + w > max) {
            break;
          }
          used += w;
          cut++;
        }
        cut = Math.max(1, cut);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The words of a text already collapsed to single spaces (no regular expression over message text). */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i > start) {
          out.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static float width(String s, PDFont font, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  /** One line of text the fonts can show: controls become spaces, other unknown characters '?'. */
  private String safe(String text) {
    String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    StringBuilder out = new StringBuilder(bounded.length());
    bounded.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else if (Character.getType(cp) == Character.FORMAT) {
        // invisible by design (direction overrides, zero-width joiners, soft hyphens): the page shows the letters in
        // the order the sender wrote them, which an override would reverse in a reader's copy of the text
      } else if (encodable.computeIfAbsent(cp, this::canShow)) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString().strip();
  }

  private boolean canShow(int cp) {
    try {
      regular.encode(new String(Character.toChars(cp)));
      bold.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    content.close();
  }
}
