package org.sextortionshield.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures under src/test/resources/mail, written for these tests. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("mail/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal message with the given headers block and plain-text body. */
  public static byte[] message(String headers, String body) {
    return (headers + "\nContent-Type: text/plain; charset=utf-8\n\n" + body).getBytes(StandardCharsets.UTF_8);
  }
}
