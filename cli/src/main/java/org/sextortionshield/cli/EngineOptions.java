package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.EngineConfig;
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

  @Option(names = "--language", paramLabel = "CODE", defaultValue = Shield.AUTO_LANGUAGE,
      description = "Language of the guidance: en, de, or auto (the language of the mail's cues, English when "
          + "there is no guidance in it). Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--config", paramLabel = "FILE", description = "Site settings: organisation-domains, "
      + "trusted-authserv-ids, platform-dir (key = value lines).")
  Path config;

  @Option(names = "--org-domain", paramLabel = "DOMAIN", description = "One of your organisation's own domains, "
      + "which look-alike senders imitate (repeatable).")
  List<String> organisationDomains = new ArrayList<>();

  @Option(names = "--trusted-authserv-id", paramLabel = "ID", description = "Believe Authentication-Results headers "
      + "of this authserv-id (your own receiving servers; repeatable; \"\" for headers without one). Default: the "
      + "topmost header's.")
  List<String> trustedAuthservIds = new ArrayList<>();

  @Option(names = "--platform-dir", paramLabel = "DIR", description = "Extra trusted-platform templates "
      + "(DIR/<id>.txt), added to the shipped ones.")
  Path platformDir;

  @Option(names = "--model", paramLabel = "FILE", description = "Model file to combine with the rules. Default: the "
      + "embedded model.")
  Path model;

  @Option(names = "--no-model", description = "Rules only: no model.")
  boolean noModel;

  /**
   * The embedded defaults, with the user's threshold, guidance language, site settings and model choice when given.
   * A model that should be there but cannot be loaded is said once on {@code err}; the engine then judges by the
   * rules alone (each verdict says so too).
   */
  Shield shield(PrintWriter err) {
    boolean defaults = threshold == null && Shield.AUTO_LANGUAGE.equals(language) && settings().isEmpty()
        && model == null && !noModel;
    return reported(defaults ? Shield.defaults() : builder().build(), err);
  }

  /** A builder with the user's options, for commands that add more (a breach lookup). */
  Shield.Builder builder() {
    Shield.Builder b = settings().applyTo(Shield.builder().language(language));
    if (threshold != null) {
      b.threshold(threshold);
    }
    if (noModel) {
      b.withoutModel();
    } else if (model != null) {
      b.model(ModelFile.load(model));
    }
    return b;
  }

  /** Says on {@code err} why the model is missing, if it is; returns the engine. */
  static Shield reported(Shield shield, PrintWriter err) {
    if (shield.modelProblem() != null && err != null) {
      err.println("shield: " + shield.modelProblem());
      err.flush();
    }
    return shield;
  }

  double threshold() {
    return threshold == null ? Shield.DEFAULT_THRESHOLD : threshold;
  }

  /** The authserv-ids whose Authentication-Results are believed (empty: the topmost header's). */
  Set<String> trustedAuthservIds() {
    return Set.copyOf(settings().trustedAuthservIds());
  }

  /** The --config file's settings with the flags added. */
  private EngineConfig settings() {
    return (config == null ? EngineConfig.empty() : EngineConfig.load(config))
        .plus(organisationDomains, trustedAuthservIds, platformDir);
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  static MessageSource source() {
    return new MessageSource(Limits.defaults().maxMessageBytes(), System.in);
  }
}
