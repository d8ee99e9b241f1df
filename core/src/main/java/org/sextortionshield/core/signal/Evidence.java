package org.sextortionshield.core.signal;

/**
 * Why a signal fired: the exact words the sender wrote ({@code quote}, span [start, end) of the text at
 * {@code location}), the sentence around them ({@code context}) and one line of explanation. Secrets such as a quoted
 * password appear masked in quote and context; the clear value, when kept at all, is in {@code secret}, which no
 * output format writes.
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
    return location + ": \"" + quote + "\" (" + explanation + ")";
  }
}
