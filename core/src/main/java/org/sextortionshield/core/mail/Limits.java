package org.sextortionshield.core.mail;

/**
 * Every bound on what one message may cost. Beyond a bound the rest is skipped (and the message says so), never
 * buffered: attacker-written mail must not be able to exhaust memory or time.
 *
 * @param maxMessageBytes bytes of a message that are read at all
 * @param maxPartTextBytes decoded bytes of one text or HTML part that are read
 * @param maxTotalTextChars characters of text kept per message over all parts
 * @param maxParts MIME parts looked at; parsing stops after this many
 * @param maxDepth nesting of multiparts and attached messages that is followed
 * @param maxKeptAttachmentBytes largest attachment whose bytes are kept (for QR codes and PDF text)
 * @param maxAttachedMessages forwarded messages analysed on their own
 */
public record Limits(long maxMessageBytes, int maxPartTextBytes, int maxTotalTextChars, int maxParts, int maxDepth,
    int maxKeptAttachmentBytes, int maxAttachedMessages) {

  public static Limits defaults() {
    return new Limits(64L << 20, 1 << 20, 2 << 20, 1000, 24, 8 << 20, 16);
  }
}
