package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.json.VerdictJson;
import org.sextortionshield.core.source.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield scan PATH...}: one verdict per message. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Scans e-mail: .eml files, directories (recursively), mbox files, Maildirs, or - for stdin.",
        "Exit status: 0 all clean, 1 something found, 2 usage error or nothing readable."})
final class ScanCommand implements Callable<Integer> {
  enum Format { text, json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, mbox files, Maildirs, or -.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "text", description = "text (for a person), json or jsonl. "
      + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Shield shield = engine.shield(err);
    MessageSource source = EngineOptions.source();
    TextReport text = new TextReport(out);
    Progress progress = new Progress(err, Progress.wanted(format == Format.text));
    int[] counts = new int[4]; // readable, flagged, errors, sextortion
    boolean[] first = {true};
    if (format == Format.json) {
      out.println("[");
    }
    new BatchScanner(shield, engine.threads(), format != Format.text).run(paths, source, o -> {
      if (o.failed()) {
        counts[2]++;
        err.println("shield: " + o.name() + ": " + o.error());
        progress.update(false, true);
        return;
      }
      counts[0]++;
      boolean flagged = !o.verdict().isClean();
      if (flagged) {
        counts[1]++;
      }
      switch (format) {
        case text -> text.summary(o.name(), o.verdict());
        case jsonl -> out.println(VerdictJson.toJson(o.name(), o.verdict()));
        case json -> {
          if (!first[0]) {
            out.println(",");
          }
          VerdictJson.write(o.name(), o.verdict(), out, true);
          first[0] = false;
        }
      }
      out.flush();
      progress.update(flagged, false);
    });
    if (format == Format.json) {
      out.println();
      out.println("]");
    }
    progress.finish();
    if (format == Format.text && counts[0] + counts[2] > 1) {
      out.printf("%d messages scanned: %d flagged, %d clean, %d unreadable%n", counts[0] + counts[2], counts[1],
          counts[0] - counts[1], counts[2]);
    }
    out.flush();
    if (counts[0] == 0) {
      return ShieldCommand.USAGE;
    }
    return counts[1] > 0 ? ShieldCommand.FOUND : ShieldCommand.CLEAN;
  }
}
