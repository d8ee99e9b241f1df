package org.sextortionshield.core.content;

import java.util.List;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * Readable text beyond the MIME text parts: text of PDF attachments, QR-code payloads, the user-written field of a
 * trusted platform's notification. Each becomes a {@link TextSegment}, so every signal and extractor sees it.
 */
public interface TextSource {
  /** A text and where it came from ("attachment:scan.pdf", "qr:image1.png", "platform:microsoft-message-center"). */
  record Text(String location, String text) {}

  List<Text> texts(ParsedMessage message);
}
