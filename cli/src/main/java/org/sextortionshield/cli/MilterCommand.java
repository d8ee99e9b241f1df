package org.sextortionshield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.sextortionshield.core.Shield;
import org.sextortionshield.milter.HttpEndpoint;
import org.sextortionshield.milter.MilterConfig;
import org.sextortionshield.milter.MilterServer;
import org.sextortionshield.milter.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shield milter}: inline protection for Postfix and Sendmail. Every configuration file setting is also a
 * flag of the same name ({@link #addSettingOptions}), so the two cannot drift apart.
 */
@Command(name = "milter", mixinStandardHelpOptions = true,
    description = {"Serves the milter protocol (version 6) for Postfix and Sendmail: tags every message with "
        + "X-Sextortion-* headers and quarantines, prefixes or rejects by score.",
        "Settings come from --config FILE (key = value lines) and the flags below, flags winning.",
        "Logs one line per message on standard output. Stops cleanly on SIGTERM."})
final class MilterCommand implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file: 'key = value' lines with the "
      + "settings below, # for comments.")
  Path config;

  @Spec
  CommandSpec spec;

  /** Adds {@code --key VALUE} for every {@link Setting} to the milter command. */
  static void addSettingOptions(CommandSpec milter) {
    for (Setting s : Setting.values()) {
      milter.addOption(OptionSpec.builder("--" + s.key()).paramLabel("VALUE").type(String.class)
          .description(s.description() + " Default: " + s.defaultValue() + ".").build());
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> flags = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      String v = spec.commandLine().getParseResult().matchedOptionValue("--" + s.key(), null);
      if (v != null) {
        flags.put(s.key(), v);
      }
    }
    MilterConfig settings;
    try {
      settings = MilterConfig.load(config, flags);
    } catch (MilterConfig.ConfigException e) {
      err.println("shield: " + e.getMessage());
      return ShieldCommand.USAGE;
    }
    Shield shield;
    try {
      shield = settings.engine();
    } catch (RuntimeException e) {
      err.println("shield: " + e.getMessage());
      return ShieldCommand.USAGE;
    }
    Consumer<String> log = line -> {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    };
    MilterServer server = MilterServer.start(settings, shield::scan, log);
    HttpEndpoint http = null;
    try {
      if (settings.http() != null) {
        http = HttpEndpoint.start(settings.http(), server, log);
      }
    } catch (IOException e) {
      server.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    HttpEndpoint endpoint = http;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (endpoint != null) {
        endpoint.close();
      }
      server.close();
      stopped.countDown();
    }, "milter-shutdown"));
    stopped.await();
    return ShieldCommand.CLEAN;
  }
}
