package org.sextortionshield.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * STIX identifiers ({@code type--uuid}). Cyber-observable objects get the deterministic UUIDv5 STIX 2.1 asks for
 * (namespace {@code 00abedb4-aa42-466c-9c01-fed23315a9b7} over their id-contributing properties), so the same wallet
 * or address has the same id in every pack; other objects get a UUIDv5 of the message hash and their role, so a pack
 * made twice from one message has the same ids.
 */
final class StixIds {
  static final UUID STIX_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
  /** Our own namespace for objects that are not observables. */
  private static final UUID PACK_NAMESPACE = UUID.fromString("6f0a4c1e-3b7d-5e55-9a8e-2c1b5e7d9f30");

  private StixIds() {}

  /** An observable's id; {@code contributing} is the JSON of its id-contributing properties, keys sorted. */
  static String observable(String type, String contributing) {
    return type + "--" + v5(STIX_NAMESPACE, contributing);
  }

  static String object(String type, String messageSha256, String role) {
    return type + "--" + v5(PACK_NAMESPACE, messageSha256 + "/" + role);
  }

  static UUID v5(UUID namespace, String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16);
      ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
      sha1.update(ns.array());
      byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      h[6] = (byte) ((h[6] & 0x0f) | 0x50);
      h[8] = (byte) ((h[8] & 0x3f) | 0x80);
      ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
      return new UUID(b.getLong(), b.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }
}
