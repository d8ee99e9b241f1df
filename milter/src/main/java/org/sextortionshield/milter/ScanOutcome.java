package org.sextortionshield.milter;

import java.util.Locale;
import org.sextortionshield.core.verdict.Verdict;

/** The engine's verdict, or why there is none. Exactly one of {@code verdict} and {@code failure} is set. */
record ScanOutcome(Verdict verdict, Failure failure, String detail) {

  /** Why the engine gave no verdict; the label goes into logs, metrics and the verdict header's comment. */
  enum Failure {
    TIMEOUT("time budget exceeded"),
    ENGINE_ERROR("engine failure"),
    OVERLOADED("engine overloaded");

    final String description;

    Failure(String description) {
      this.description = description;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  static ScanOutcome of(Verdict verdict) {
    return new ScanOutcome(verdict, null, null);
  }

  static ScanOutcome failed(Failure failure, String detail) {
    return new ScanOutcome(null, failure, detail);
  }

  boolean failed() {
    return failure != null;
  }
}
