package org.sextortionshield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sextortionshield.core.Shield;
import org.sextortionshield.milter.ListenAddress;
import org.sextortionshield.core.verdict.Verdict;
import org.sextortionshield.milter.MessageScanner;
import org.sextortionshield.milter.MilterConfig;
import org.sextortionshield.milter.MilterServer;
import org.sextortionshield.milter.client.LoadGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield milter-load}: throughput and latency percentiles of a milter under N concurrent MTA sessions. */
@Command(name = "milter-load", mixinStandardHelpOptions = true,
    description = {"Load generator for a milter: replays messages over concurrent MTA sessions (speaking the milter "
        + "protocol as Postfix does) and prints throughput and latency percentiles per session count.",
        "Latency is from MAIL to the milter's final answer. Without --socket an in-process milter with the "
            + "default settings is started (and shares the CPUs with the load)."})
final class MilterLoadCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "MAIL", description = "Message files or directories of them.")
  List<Path> mail;

  @Option(names = "--socket", paramLabel = "ADDR", description = "The milter to load, e.g. inet:8890@127.0.0.1.")
  String socket;

  @Option(names = "--sessions", split = ",", defaultValue = "1,10,100", paramLabel = "N",
      description = "Concurrent sessions, one run each. Default: ${DEFAULT-VALUE}.")
  List<Integer> sessions;

  @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per run. Default: "
      + "${DEFAULT-VALUE}.")
  int seconds;

  @Option(names = "--warmup-seconds", defaultValue = "3", description = "Unmeasured seconds before each run. "
      + "Default: ${DEFAULT-VALUE}.")
  int warmupSeconds;

  @Option(names = "--rate", defaultValue = "0", paramLabel = "MSG/S", description = "Total messages per second, "
      + "spread over the sessions; 0 sends as fast as answers come (closed loop). Default: ${DEFAULT-VALUE}.")
  double rate;

  @Option(names = "--messages-per-connection", defaultValue = "1", paramLabel = "N", description = "Messages per "
      + "milter connection (Postfix opens one per SMTP session). Default: ${DEFAULT-VALUE}.")
  int messagesPerConnection;

  @Option(names = "--fixed-verdict", description = "Without --socket: the in-process milter skips the engine and "
      + "answers every message with the first message's verdict, judged once; measures the milter's own cost.")
  boolean fixedVerdict;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<byte[]> messages = LoadGenerator.readMessages(mail);
    if (messages.isEmpty()) {
      spec.commandLine().getErr().println("shield: no message files in " + mail);
      return ShieldCommand.USAGE;
    }
    int most = sessions.stream().mapToInt(Integer::intValue).max().orElse(1);
    MilterServer local = null;
    ListenAddress target;
    if (socket != null) {
      target = ListenAddress.parse(socket);
    } else {
      MessageScanner engine = Shield.defaults()::scan;
      if (fixedVerdict) {
        Verdict fixed = Shield.defaults().scan(messages.get(0));
        engine = m -> fixed;
      }
      local = MilterServer.start(MilterConfig.load(null, Map.of("socket", "inet:0@127.0.0.1", "max-connections",
          String.valueOf(2 * most + 16))), engine, line -> { });
      target = local.address();
      out.println("in-process milter on " + target + " (default settings, log discarded" + (fixedVerdict
          ? ", engine skipped: fixed verdict)" : ")"));
    }
    try {
      out.printf("%d messages, %d bytes on average; %s%n", messages.size(),
          messages.stream().mapToLong(m -> m.length).sum() / messages.size(),
          rate > 0 ? "paced at " + rate + " messages/s" : "closed loop");
      out.flush();
      for (int n : sessions) {
        LoadGenerator.Result r = LoadGenerator.run(new LoadGenerator.Options(target, Math.max(1, n),
            Duration.ofSeconds(seconds), Duration.ofSeconds(warmupSeconds), rate, Math.max(1,
            messagesPerConnection), messages));
        out.println(r);
        out.flush();
      }
    } finally {
      if (local != null) {
        local.close();
      }
    }
    return ShieldCommand.CLEAN;
  }
}
