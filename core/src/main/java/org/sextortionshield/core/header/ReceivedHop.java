package org.sextortionshield.core.header;

import java.time.OffsetDateTime;

/**
 * One {@code Received:} header: who handed the message over ({@code fromHelo} as it introduced itself,
 * {@code fromHost} as reverse DNS named it, {@code ip}), who took it ({@code by}), how ({@code with}), the queue
 * {@code id}, the envelope recipient ({@code forAddress}) and when ({@code timestamp}, null when unreadable).
 * Empty strings for parts the header does not have.
 */
public record ReceivedHop(String fromHelo, String fromHost, String ip, String by, String with, String id,
    String forAddress, OffsetDateTime timestamp, String raw) {}
