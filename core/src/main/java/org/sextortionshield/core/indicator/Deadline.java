package org.sextortionshield.core.indicator;

/** A time limit, normalised to hours, with the text it was read from. */
public record Deadline(double hours, String text, String location, int start, int end) {}
