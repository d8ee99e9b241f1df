package org.sextortionshield.core.media;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with a budget: it keeps every character it places until the page is written, so a small
 * PDF whose one page draws twenty million characters would fill any heap, and reading its content stream to the end
 * takes seconds. Beyond {@code maxChars} characters, or {@link #MAX_OPERATORS} content-stream operators, per document
 * the stripper stops: the page read so far is written, and no further page is read.
 */
final class BoundedTextStripper extends PDFTextStripper {
  /** Content-stream operators run per document: pages of real documents have a few thousand. */
  static final int MAX_OPERATORS = 1_000_000;
  private final int maxChars;
  private int chars;
  private int operators;
  private boolean stopped;

  BoundedTextStripper(int maxChars) {
    this.maxChars = maxChars;
  }

  /** True when the document drew more than the budget allowed, so its text was cut. */
  boolean cut() {
    return stopped;
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    if (stopped) {
      return;
    }
    try {
      super.processPage(page);
    } catch (Enough e) {
      writePage(); // what the page drew before the budget ran out
      endPage(page);
    }
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++operators > MAX_OPERATORS || chars > maxChars) {
      stopped = true;
      throw new Enough();
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (++chars <= maxChars) {
      super.processTextPosition(text);
    }
  }

  /** Thrown out of the content stream to stop reading it (PDFBox has no other way to end a stream early). */
  private static final class Enough extends IOException {
    Enough() {
      super("text budget spent");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // control flow, not an error: no stack trace to fill
    }
  }
}
