package org.sextortionshield.evidence;

import java.time.OffsetDateTime;

/** Something that happened to the message, when: {@code source} says who recorded the time. */
public record TimelineEvent(OffsetDateTime when, String what, String source) {}
