package org.sextortionshield.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;

/** Builds case files from fixtures under src/test/resources/mail, written for these tests. */
final class Packs {
  static final Instant ANALYSED = Instant.parse("2024-09-03T12:00:00.123Z");

  private Packs() {}

  static byte[] fixture(String name) {
    try (InputStream in = Packs.class.getClassLoader().getResourceAsStream("mail/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CaseFile caseFile(String name, byte[] message) {
    try {
      ParsedMessage parsed = new MailParser().parse(message);
      return CaseFile.of(name, message, parsed, Shield.defaults().scan(parsed), HeaderTrail.of(parsed, Set.of()),
          ANALYSED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
