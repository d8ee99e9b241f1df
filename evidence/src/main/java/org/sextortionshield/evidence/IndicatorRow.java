package org.sextortionshield.evidence;

/**
 * One thing an investigator can follow up, whatever its kind: {@code kind} ("wallet", "amount", "deadline",
 * "email", "url", "ip", and the contact kinds as they are added), the {@code value} as found, its {@code qualifier}
 * (the currency code of a wallet or amount, the platform of a contact ID; "" when none), a {@code detail} in plain
 * words, a {@code link} (a block explorer for wallets; "" when none) and where it was found.
 */
public record IndicatorRow(String kind, String value, String qualifier, String detail, String link,
    String location) {}
