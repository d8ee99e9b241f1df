package org.sextortionshield.core.indicator;

import org.sextortionshield.core.content.Locations;

/**
 * A cryptocurrency address. {@code validated} means its checksum holds; {@code location} says where it was found
 * ("body", "html", "subject", "attachment:x.txt", "pdf:invoice.pdf", "qr:image1.png", "body#2" …) and [start, end)
 * is its span in that text. {@code uri} is the payment URI it was written in ({@code bitcoin:…?amount=…}), or null;
 * {@code obfuscated} says the address had to be put together (split, look-alike letters, invisible characters).
 */
public record Wallet(String currency, String address, String type, boolean validated, boolean testnet,
    String location, int start, int end, String uri, boolean obfuscated) {

  /** Where it was found, as a kind: "subject", "body", "html", "html-hidden", "attachment", "pdf" or "qr". */
  public String foundIn() {
    return Locations.kind(location);
  }
}
