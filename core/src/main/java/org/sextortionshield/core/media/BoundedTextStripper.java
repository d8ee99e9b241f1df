package org.sextortionshield.core.media;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with a budget: it keeps every character it places until the page is written, so a small
 * PDF whose one page draws twenty million characters would fill any heap. Beyond {@code maxChars} characters per
 * document no more glyphs are placed, and beyond {@link #MAX_OPERATORS} content-stream operators none are run: the
 * rest of the stream is only tokenised, and the text read so far is kept.
 */
final class BoundedTextStripper extends PDFTextStripper {
  /** Content-stream operators run per document: pages of real documents have a few thousand. */
  static final int MAX_OPERATORS = 2_000_000;
  private final int maxChars;
  private int chars;
  private int operators;

  BoundedTextStripper(int maxChars) {
    this.maxChars = maxChars;
  }

  /** True when the document drew more than the budget allowed, so its text was cut. */
  boolean cut() {
    return chars > maxChars || operators > MAX_OPERATORS;
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++operators > MAX_OPERATORS) {
      return;
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    if (chars <= maxChars) {
      super.showText(string); // glyph by glyph: widths, positions, Unicode; skipped once over budget
    }
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (++chars <= maxChars) {
      super.processTextPosition(text);
    }
  }
}
