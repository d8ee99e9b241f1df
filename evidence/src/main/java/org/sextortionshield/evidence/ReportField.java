package org.sextortionshield.evidence;

import java.util.List;

/**
 * One question a police report form asks ({@code key}, {@code label}, the {@code forms} that ask it, the
 * {@code source} of its answer) and the answer
 * from the message; {@code known} is false when the answer is missing, and then {@code value} says who can fill it.
 */
public record ReportField(String key, String label, List<String> forms, String source, String value,
    boolean known) {}
