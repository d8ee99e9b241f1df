package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sextortionshield.core.Shield;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield explain FILE}: the whole explanation of a verdict. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Prints the whole explanation: every signal with the sender's words, every indicator, what to do.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "FILE", description = "A message file (or an mbox: each member), or -.")
  String file;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Option(names = "--check-password", description = "Look up each password the mail quotes in known breaches "
      + "(Have I Been Pwned; only 5 characters of its SHA-1 hash are sent, or nothing with --offline).")
  boolean checkPassword;

  @Mixin
  BreachOptions breaches = new BreachOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Shield shield = checkPassword
        ? EngineOptions.reported(engine.builder().breachedPasswords(breaches.lookup()).build(), err)
        : engine.shield(err);
    TextReport report = new TextReport(out);
    int[] counts = new int[2];
    new BatchScanner(shield, 1).run(List.of(file), EngineOptions.source(),
        o -> {
          if (o.failed()) {
            err.println("shield: " + o.name() + ": " + o.error());
            return;
          }
          counts[0]++;
          if (!o.verdict().isClean()) {
            counts[1]++;
          }
          report.explain(o.name(), o.verdict());
        });
    out.flush();
    return counts[0] == 0 ? ShieldCommand.USAGE : counts[1] > 0 ? ShieldCommand.FOUND : ShieldCommand.CLEAN;
  }
}
