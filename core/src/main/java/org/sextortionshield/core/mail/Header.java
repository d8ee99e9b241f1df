package org.sextortionshield.core.mail;

/** One header field: its name as written and its value unfolded, with RFC 2047 encoded words decoded. */
public record Header(String name, String value) {}
