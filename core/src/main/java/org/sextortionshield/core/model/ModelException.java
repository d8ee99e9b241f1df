package org.sextortionshield.core.model;

/** A model file that cannot be used; the message is one line naming the file and the problem. */
public final class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }
}
