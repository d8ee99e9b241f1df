package org.sextortionshield.core.verdict;

import java.util.Locale;

/** What a message is: sextortion, other extortion, or neither. */
public enum Category {
  SEXTORTION,
  EXTORTION,
  CLEAN;

  /** The lower-case name used in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How bad: a message is as bad as the worst thing it carries (forwarded originals included). */
  int severity() {
    return switch (this) {
      case SEXTORTION -> 2;
      case EXTORTION -> 1;
      case CLEAN -> 0;
    };
  }
}
