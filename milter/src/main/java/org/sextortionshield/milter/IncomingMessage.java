package org.sextortionshield.milter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One message as the MTA hands it over, header by header and chunk by chunk, rebuilt as RFC 5322 text (CRLF lines,
 * the headers as received) for the engine. Only the first {@code maxBytes} are kept; what comes after is counted,
 * not stored. Headers named {@code X-Sextortion-*} are remembered by name and occurrence so they can be deleted:
 * nobody outside may forge a verdict.
 */
final class IncomingMessage {
  static final String HEADER_PREFIX = "x-sextortion-";
  /** Forged headers we track; an MTA's own header limits keep real mail far below this. */
  static final int MAX_FORGED = 1000;
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] COLON_SPACE = {':', ' '};

  /** The n-th ({@code index}, from 1) header called {@code name}, counted case-insensitively as MTAs do. */
  /** A header to delete: its name's bytes as ISO-8859-1 chars (one char a byte), its index among its namesakes. */
  record HeaderRef(String name, int index) {}

  private final int maxBytes;
  private byte[] kept = new byte[8192];
  private int keptLength;
  private long seenBytes;
  private boolean cut;
  private boolean headersEnded;
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final List<HeaderRef> forged = new ArrayList<>();
  private boolean forgedOverflow;
  private byte[] subject;
  private String messageId;
  private final String from;
  private final List<String> recipients = new ArrayList<>();
  private int recipientCount;

  IncomingMessage(int maxBytes, String envelopeFrom) {
    this.maxBytes = maxBytes;
    this.from = envelopeFrom;
  }

  void recipient(String rcpt) {
    recipientCount++;
    if (recipients.size() < 5) {
      recipients.add(rcpt);
    }
  }

  /** A header as the MTA sent it: the value without the space after the colon, folded lines joined by LF. */
  void header(byte[] name, byte[] value, boolean valueCut) {
    String lower = new String(name, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (lower.startsWith(HEADER_PREFIX)) {
      int n = occurrences.merge(lower, 1, Integer::sum);
      if (forged.size() < MAX_FORGED) {
        forged.add(new HeaderRef(new String(name, StandardCharsets.ISO_8859_1), n));
      } else {
        forgedOverflow = true;
      }
    } else if (lower.equals("subject") && subject == null) {
      subject = value;
    } else if (lower.equals("message-id") && messageId == null) {
      messageId = new String(value, StandardCharsets.UTF_8).strip();
    }
    append(name, 0, name.length);
    append(COLON_SPACE, 0, 2);
    appendWithCrlf(value);
    append(CRLF, 0, 2);
    cut |= valueCut;
  }

  void endOfHeaders() {
    if (!headersEnded) {
      headersEnded = true;
      append(CRLF, 0, 2);
    }
  }

  /** A body chunk, already in SMTP form (CRLF lines). */
  void body(byte[] chunk, boolean chunkCut) {
    endOfHeaders();
    append(chunk, 0, chunk.length);
    cut |= chunkCut;
  }

  /** The message as kept (at most {@code maxBytes}), without copying it. */
  InputStream stream() {
    return new ByteArrayInputStream(kept, 0, keptLength);
  }

  /** Only the first {@link #keptBytes()} of the message are kept. */
  boolean truncated() {
    return cut || seenBytes > keptLength;
  }

  int keptBytes() {
    return keptLength;
  }

  long seenBytes() {
    return seenBytes;
  }

  /** X-Sextortion-* headers that came from outside, in the order received. */
  List<HeaderRef> forgedHeaders() {
    return forged;
  }

  /** More forged headers arrived than {@link #MAX_FORGED}; the rest cannot be deleted. */
  boolean forgedOverflow() {
    return forgedOverflow;
  }

  /** The first Subject header's value as received, or null. */
  byte[] subject() {
    return subject;
  }

  String messageId() {
    return messageId;
  }

  String from() {
    return from;
  }

  List<String> recipients() {
    return recipients;
  }

  int recipientCount() {
    return recipientCount;
  }

  /** Header values fold with a bare LF on the milter wire; the engine gets CRLF like the message on disk. */
  private void appendWithCrlf(byte[] value) {
    int start = 0;
    for (int i = 0; i < value.length; i++) {
      if (value[i] == '\n' && (i == 0 || value[i - 1] != '\r')) {
        append(value, start, i - start);
        append(CRLF, 0, 2);
        start = i + 1;
      }
    }
    append(value, start, value.length - start);
  }

  private void append(byte[] b, int off, int len) {
    seenBytes += len;
    int room = maxBytes - keptLength;
    int n = Math.min(room, len);
    if (n <= 0) {
      return;
    }
    if (keptLength + n > kept.length) {
      kept = Arrays.copyOf(kept, Math.min(maxBytes, Math.max(kept.length * 2, keptLength + n)));
    }
    System.arraycopy(b, off, kept, keptLength, n);
    keptLength += n;
  }
}
