package org.sextortionshield.milter.protocol;

import java.io.IOException;

/** The peer broke the milter protocol; the connection cannot go on. */
public final class ProtocolException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String problem) {
    super(problem);
  }
}
