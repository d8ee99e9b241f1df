package org.sextortionshield.core.indicator;

/**
 * A cryptocurrency address. {@code validated} means its checksum holds; {@code location} says where it was found
 * ("body", "html", "subject", "attachment:x.pdf", …) and [start, end) is its span in that text.
 */
public record Wallet(String currency, String address, String type, boolean validated, boolean testnet,
    String location, int start, int end) {}
