package org.sextortionshield.core.mail;

/**
 * Every bound on what one message may cost. Beyond a bound the rest is skipped (and the message says so), never
 * buffered: attacker-written mail must not be able to exhaust memory or time.
 *
 * @param maxMessageBytes bytes of a message that are read at all
 * @param maxPartTextBytes decoded bytes of one text or HTML part that are read from its start; of a longer part the
 *     last {@link #maxPartTailBytes()} are read too (padding put before a scam must not hide it)
 * @param maxTotalTextChars characters of text kept per message over all parts
 * @param maxParts MIME parts looked at; parsing stops after this many
 * @param maxDepth nesting of attached messages that is followed (nested multiparts cost no depth: their parts are
 *     read at any depth)
 * @param maxKeptAttachmentBytes largest attachment whose bytes are kept (for QR codes and PDF text)
 * @param maxAttachedMessages forwarded messages analysed on their own
 */
public record Limits(long maxMessageBytes, int maxPartTextBytes, int maxTotalTextChars, int maxParts, int maxDepth,
    int maxKeptAttachmentBytes, int maxAttachedMessages) {

  /** Below this a text part's tail buffer would be empty or negative; no real configuration needs less. */
  static final int MIN_PART_TEXT_BYTES = 16;

  public Limits {
    if (maxMessageBytes < 1 || maxTotalTextChars < 1 || maxParts < 1 || maxDepth < 0 || maxKeptAttachmentBytes < 0
        || maxAttachedMessages < 0) {
      throw new IllegalArgumentException("limits must be positive: " + maxMessageBytes + ", " + maxTotalTextChars
          + ", " + maxParts + ", " + maxDepth + ", " + maxKeptAttachmentBytes + ", " + maxAttachedMessages);
    }
    if (maxPartTextBytes < MIN_PART_TEXT_BYTES) {
      throw new IllegalArgumentException("maxPartTextBytes must be at least " + MIN_PART_TEXT_BYTES + ", got "
          + maxPartTextBytes);
    }
  }

  public static Limits defaults() {
    return new Limits(64L << 20, 1 << 20, 2 << 20, 1000, 24, 8 << 20, 16);
  }

  /** Decoded bytes read from the end of a text part longer than {@code maxPartTextBytes}: a quarter as many. */
  public int maxPartTailBytes() {
    return maxPartTextBytes / 4;
  }
}
