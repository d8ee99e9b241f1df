package org.sextortionshield.milter;

import java.util.Locale;

/** The strongest thing done to a message; every accepted message is at least tagged. */
public enum Action {
  /** X-Sextortion-* headers added, nothing else. */
  TAG,
  /** Tagged, and the subject prefixed. */
  PREFIX,
  /** Tagged (perhaps prefixed) and quarantined: Postfix puts it on hold, Sendmail in its quarantine. */
  QUARANTINE,
  /** Refused with 550 5.7.1. */
  REJECT,
  /** Refused with 451 4.7.1 because the engine gave no verdict (on-error = tempfail). */
  TEMPFAIL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
