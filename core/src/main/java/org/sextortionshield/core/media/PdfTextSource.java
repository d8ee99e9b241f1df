package org.sextortionshield.core.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sextortionshield.core.mail.Attachment;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * The text of PDF attachments as segments "pdf:&lt;name&gt;", and the QR codes in their images as "qr:&lt;name&gt;",
 * with Apache PDFBox: scams sent as a PDF "invoice" or "report" are read like any mail text. Bounded by
 * {@link MediaLimits} (PDFs per message, pages, characters, memory, image pixels); a broken or encrypted PDF is a
 * problem line, never an exception.
 */
public final class PdfTextSource extends MediaSource {
  public static final String LOCATION_PREFIX = "pdf:";
  /** PDFBox reports every oddity of a malformed PDF through java.util.logging; mail is full of them. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
  private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

  static {
    PDFBOX_LOG.setLevel(Level.OFF);
    FONTBOX_LOG.setLevel(Level.OFF);
  }

  public PdfTextSource() {
    this(MediaLimits.defaults());
  }

  public PdfTextSource(MediaLimits limits) {
    super(limits);
  }

  @Override
  public List<Text> texts(ParsedMessage message, Consumer<String> problems) {
    List<Text> out = new ArrayList<>();
    int pdfs = 0;
    PixelBudget budget = null;
    for (Attachment a : message.attachments()) {
      if (!isPdf(a)) {
        continue;
      }
      if (!a.contentKept()) {
        problems.accept("PDF '" + a.name() + "' is larger than the attachment limit; its text was not read");
        continue;
      }
      if (++pdfs > limits.maxPdfsPerMessage()) {
        problems.accept("more than " + limits.maxPdfsPerMessage() + " PDF attachments; '" + a.name() + "' not read");
        continue;
      }
      if (budget == null) {
        budget = new PixelBudget(limits);
      }
      read(a, budget, out, problems);
    }
    return out;
  }

  static boolean isPdf(Attachment a) {
    byte[] b = a.content();
    return a.contentType().toLowerCase(Locale.ROOT).contains("pdf") || a.name().toLowerCase(Locale.ROOT).endsWith(".pdf")
        || b != null && b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
  }

  private void read(Attachment a, PixelBudget budget, List<Text> out, Consumer<String> problems) {
    MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfBytesInMemory());
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(a.content()), "", null, null,
        memory.streamCache)) {
      int pages = doc.getNumberOfPages();
      int last = Math.min(pages, limits.maxPdfPages());
      if (pages > last) {
        problems.accept("PDF '" + a.name() + "' has " + pages + " pages; only the first " + last + " were read");
      }
      BoundedTextStripper stripper = new BoundedTextStripper(limits.maxPdfTextChars());
      stripper.setStartPage(1);
      stripper.setEndPage(last);
      String text = stripper.getText(doc);
      if (text.length() > limits.maxPdfTextChars() || stripper.cut()) {
        problems.accept("PDF '" + a.name() + "' has more than " + limits.maxPdfTextChars() + " characters of text; "
            + "the rest was not read");
        text = text.substring(0, Math.min(text.length(), limits.maxPdfTextChars()));
      }
      if (!text.isBlank()) {
        out.add(new Text(LOCATION_PREFIX + a.name(), text));
      }
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < last; i++) {
        qrCodes(doc.getPage(i), budget, codes);
      }
      if (!codes.isEmpty()) {
        out.add(new Text(QrCodeSource.LOCATION_PREFIX + a.name(), String.join("\n", codes)));
      }
    } catch (InvalidPasswordException e) {
      problems.accept("PDF '" + a.name() + "' is password-protected; its text was not read");
    } catch (IOException | RuntimeException e) {
      problems.accept("PDF '" + a.name() + "' could not be read (" + oneLine(e) + ")");
    } catch (StackOverflowError e) {
      // PDFBox walks page trees (and other structures) recursively; the attacker chooses the depth
      problems.accept("PDF '" + a.name() + "' could not be read (nested too deeply)");
    }
  }

  /** QR codes in the images placed directly on a page (image XObjects), within the pixel budget. */
  private void qrCodes(PDPage page, PixelBudget budget, List<String> codes) throws IOException {
    PDResources resources = page.getResources();
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image) {
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
          continue; // a negative size would be a credit to the budget
        }
        long source = (long) image.getWidth() * image.getHeight();
        int step = ImageFiles.subsampling(source, limits.maxImagePixels());
        long pixels = ((long) image.getWidth() / step) * (image.getHeight() / step);
        if (!budget.take(source, pixels)) {
          return;
        }
        BufferedImage picture = step == 1 ? image.getImage() : image.getImage(null, step);
        codes.addAll(QrDecoder.decode(picture));
      }
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replace('\n', ' ').replace('\r', ' ');
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }
}
