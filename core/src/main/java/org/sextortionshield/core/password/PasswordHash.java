package org.sextortionshield.core.password;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-1 of a password as Pwned Passwords indexes it (upper-case hex of the UTF-8 bytes). Only this hash travels
 * through the code; the clear password is hashed where it is read and its bytes are wiped. {@link #toString()} shows
 * only the five-character prefix, the part that may leave the machine.
 */
public final class PasswordHash {
  public static final int PREFIX = 5;
  private final String hex;

  private PasswordHash(String hex) {
    this.hex = hex;
  }

  /** Hashes the password and wipes the encoded bytes; the caller wipes {@code password} itself. */
  public static PasswordHash of(char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      return new PasswordHash(HexFormat.of().withUpperCase().formatHex(sha1().digest(bytes)));
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }

  public static PasswordHash of(String password) {
    char[] chars = password.toCharArray();
    try {
      return of(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /** A hash already in hex (40 characters, either case). */
  public static PasswordHash ofHex(String hex) {
    if (hex.length() != 40 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("not a SHA-1 hex digest");
    }
    return new PasswordHash(hex.toUpperCase(java.util.Locale.ROOT));
  }

  /** The first five hex characters: all the range API is told. */
  public String prefix() {
    return hex.substring(0, PREFIX);
  }

  /** The other 35 characters, compared locally with the range the API returns. */
  public String suffix() {
    return hex.substring(PREFIX);
  }

  public String hex() {
    return hex;
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash p && p.hex.equals(hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }

  @Override
  public String toString() {
    return prefix() + "…";
  }
}
