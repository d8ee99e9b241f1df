package org.sextortionshield.core.content;

import java.util.List;
import java.util.function.Consumer;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * Readable text beyond the MIME text parts: text of PDF attachments, QR-code payloads, the user-written field of a
 * trusted platform's notification. Each becomes a {@link TextSegment}, so every signal and extractor sees it.
 */
public interface TextSource {
  /** A text and where it came from ("pdf:scan.pdf", "qr:image1.png", "platform:microsoft-message-center"). */
  record Text(String location, String text) {}

  List<Text> texts(ParsedMessage message);

  /**
   * The texts, reporting what could not be read (a broken image, an encrypted PDF, a limit reached) to
   * {@code problems}, one line each. Sources that can fail that way override this; it must never throw.
   */
  default List<Text> texts(ParsedMessage message, Consumer<String> problems) {
    return texts(message);
  }
}
