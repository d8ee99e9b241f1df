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

  @Option(names = "--language", paramLabel = "CODE", defaultValue = Shield.AUTO_LANGUAGE,
      description = "Language of the guidance: en, de, or auto (the language of the mail's cues, English when "
          + "there is no guidance in it). Default: ${DEFAULT-VALUE}.")
  String language;

  /** The embedded defaults, with the user's threshold and guidance language when given. */
  Shield shield() {
    boolean defaults = threshold == null && Shield.AUTO_LANGUAGE.equals(language);
    return defaults ? Shield.defaults() : builder().build();
  }

  /** A builder with the user's options, for commands that add more (a breach lookup). */
  Shield.Builder builder() {
    Shield.Builder b = Shield.builder().language(language);
    if (threshold != null) {
      b.threshold(threshold);
    }
    return b;
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  static MessageSource source() {
    return new MessageSource(Limits.defaults().maxMessageBytes(), System.in);
  }
}
