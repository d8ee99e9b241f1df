package org.sextortionshield.core.signal;

/**
 * Why a signal fired: the exact words the sender wrote ({@code quote}, span [start, end) of the text at
 * {@code location}), the sentence around them ({@code context}) and one line of explanation. A secret such as a quoted
 * password is kept in {@code secret}, which no output format writes. A signal leaves it in clear in quote and context:
 * the Shield masks every secret of the message in all evidence at once ({@code Secrets}), so that two overlapping
 * secrets are masked alike wherever they show.
 */
public record Evidence(String location, String quote, String context, String explanation, int start, int end,
    String secret) {

  public Evidence(String location, String quote, String context, String explanation, int start, int end) {
    this(location, quote, context, explanation, start, end, null);
  }

  /** Evidence from the message header: the header line as quote and context, no offsets. */
  public static Evidence header(String quote, String explanation) {
    return new Evidence("header", quote, quote, explanation, 0, 0);
  }

  @Override
  public String toString() {
    String shown = secret == null || secret.isEmpty() ? quote : quote.replace(secret, RecipientDataSignal.mask(secret));
    return location + ": \"" + shown + "\" (" + explanation + ")";
  }
}
