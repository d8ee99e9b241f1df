package org.sextortionshield.cli;

import org.sextortionshield.core.Shield;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.source.MessageSource;
import picocli.CommandLine.Option;

/** Options every scanning command shares, and the engine and message source they build. */
final class EngineOptions {
  @Option(names = "--threshold", paramLabel = "X", description = "Score in [0,1] from which a message is flagged. "
      + "Default: " + Shield.DEFAULT_THRESHOLD + ".")
  Double threshold;

  @Option(names = "--threads", paramLabel = "N", description = "Scanning threads. Default: number of CPUs.")
  Integer threads;

  /** The embedded defaults, with the user's threshold when given. */
  Shield shield() {
    return threshold == null ? Shield.defaults() : Shield.builder().threshold(threshold).build();
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  static MessageSource source() {
    return new MessageSource(Limits.defaults().maxMessageBytes(), System.in);
  }
}
