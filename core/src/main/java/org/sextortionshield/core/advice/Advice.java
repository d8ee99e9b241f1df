package org.sextortionshield.core.advice;

/** One piece of guidance for the recipient: a stable key ("do-not-pay") and calm, plain text. */
public record Advice(String key, String text) {}
