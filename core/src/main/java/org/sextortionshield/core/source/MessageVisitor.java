package org.sextortionshield.core.source;

import java.io.IOException;
import java.io.InputStream;

/** Receives the messages a {@link MessageSource} finds, in order, and the inputs it could not read. */
public interface MessageVisitor {
  /** One message. {@code name} is the file, or {@code file#N} for the N-th member of an mbox or Maildir. */
  void message(String name, Opener opener);

  /** An input that yields no message, with a one-line reason. */
  void error(String name, String problem);

  /** Opens a message's bytes; may be called once. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }
}
