package org.sextortionshield.core.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sextortionshield.core.mail.Attachment;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * The payloads of QR codes in a message's images (attached, inline, or {@code data:} images in its HTML) as text
 * segments "qr:&lt;image name&gt;", so a wallet or a demand hidden in a QR code is read like any other text. Bounded
 * by {@link MediaLimits}; an unreadable image is a problem line, never an exception.
 */
public final class QrCodeSource extends MediaSource {
  public static final String LOCATION_PREFIX = "qr:";
  public QrCodeSource() {
    this(MediaLimits.defaults());
  }

  public QrCodeSource(MediaLimits limits) {
    super(limits);
  }

  @Override
  public List<Text> texts(ParsedMessage message, Consumer<String> problems) {
    List<Text> out = new ArrayList<>();
    PixelBudget budget = null;
    for (Attachment a : message.attachments()) {
      if (!a.contentKept() || !ImageFiles.isImage(a)) {
        continue;
      }
      if (budget == null) {
        budget = new PixelBudget(limits);
      }
      String payload = payloads(a, budget, problems);
      if (!payload.isEmpty()) {
        out.add(new Text(LOCATION_PREFIX + a.name(), payload));
      }
    }
    return out;
  }

  private String payloads(Attachment a, PixelBudget budget, Consumer<String> problems) {
    try {
      BufferedImage image = ImageFiles.read(a.content(), limits.maxImagePixels(), budget);
      return image == null ? "" : String.join("\n", QrDecoder.decode(image));
    } catch (ImageFiles.OverBudget e) {
      problems.accept("image '" + a.name() + "' not searched for QR codes: the message has too many images or pixels");
      return "";
    } catch (IOException e) {
      problems.accept("image '" + a.name() + "' could not be read (" + e.getMessage() + ")");
      return "";
    }
  }
}
