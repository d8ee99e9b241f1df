package org.sextortionshield.core.indicator;

import java.math.BigDecimal;

/** A sum of money: value and ISO-style currency code ("USD", "EUR", "BTC"), with the text it was read from. */
public record Amount(BigDecimal value, String currency, String text, String location, int start, int end) {}
