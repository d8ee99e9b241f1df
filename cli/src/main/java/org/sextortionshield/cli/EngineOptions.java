package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.model.ModelFile;
import org.sextortionshield.core.source.MessageSource;
import picocli.CommandLine.Option;

/** Options every scanning command shares, and the engine and message source they build. */
final class EngineOptions {
  @Option(names = "--threshold", paramLabel = "X", description = "Score in [0,1] from which a message is flagged. "
      + "Default: " + Shield.DEFAULT_THRESHOLD + ".")
  Double threshold;

  @Option(names = "--threads", paramLabel = "N", description = "Scanning threads. Default: number of CPUs.")
  Integer threads;

  @Option(names = "--model", paramLabel = "FILE", description = "Model file to combine with the rules. Default: the "
      + "embedded model.")
  Path model;

  @Option(names = "--no-model", description = "Rules only: no model.")
  boolean noModel;

  /**
   * The embedded defaults with the user's threshold and model choice. A model that should be there but cannot be
   * loaded is said once on {@code err}; the engine then judges by the rules alone (each verdict says so too).
   */
  Shield shield(PrintWriter err) {
    Shield shield;
    if (threshold == null && model == null && !noModel) {
      shield = Shield.defaults();
    } else {
      Shield.Builder b = Shield.builder();
      if (threshold != null) {
        b.threshold(threshold);
      }
      if (noModel) {
        b.withoutModel();
      } else if (model != null) {
        b.model(ModelFile.load(model));
      }
      shield = b.build();
    }
    if (shield.modelProblem() != null) {
      err.println("shield: " + shield.modelProblem());
      err.flush();
    }
    return shield;
  }

  double threshold() {
    return threshold == null ? Shield.DEFAULT_THRESHOLD : threshold;
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  static MessageSource source() {
    return new MessageSource(Limits.defaults().maxMessageBytes(), System.in);
  }
}
