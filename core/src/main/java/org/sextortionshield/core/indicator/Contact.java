package org.sextortionshield.core.indicator;

/**
 * A way to reach or pay the sender that the message names: {@code type} is "skype", "facebook", "instagram",
 * "snapchat", "telegram", "whatsapp", "phone", "western-union-mtcn" or "moneygram-reference"; {@code value} its
 * normalised form (E.164 for numbers, lower case for handles); [start, end) its span in the original text of
 * {@code location}.
 */
public record Contact(String type, String value, String location, int start, int end) {}
