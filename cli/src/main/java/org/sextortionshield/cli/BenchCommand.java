package org.sextortionshield.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.source.MessageVisitor;
import org.sextortionshield.core.source.SyntheticMail;
import org.sextortionshield.core.verdict.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield bench}: whole-pipeline throughput, CPU per message and heap, over real files or made-up mail. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures the whole pipeline (parse to verdict) after a warm-up: messages/s, CPU ms per message "
        + "(process CPU time, all JVM threads), MB/s and peak heap, on one thread and on --threads threads.",
        "PATH... are read into memory first (like scan: files, directories, mbox, Maildir), so the disk is not "
            + "measured. --synthetic N instead streams N made-up messages (none is kept) and prints the heap after "
            + "a full collection at intervals, to show that memory stays flat."})
final class BenchCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, mbox files or Maildirs.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--synthetic", paramLabel = "N", description = "Stream N made-up messages instead of PATHs.")
  Long synthetic;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000", description = "Messages scanned before "
      + "measuring (cycling through the input; the JIT compiler needs about 20,000 to settle). Default: "
      + "${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--scans", paramLabel = "N", defaultValue = "0", description = "Messages measured per run "
      + "(cycling through the input); 0: each message once, at least 3000. Default: ${DEFAULT-VALUE}.")
  long scans;

  @Option(names = "--explain", description = "Work out each model explanation too (scan --format json does; a mail "
      + "server deciding a message does not).")
  boolean explain;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final LongAdder flagged = new LongAdder();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((synthetic == null) == paths.isEmpty()) {
      err.println("shield: bench needs either PATH... or --synthetic N");
      return ShieldCommand.USAGE;
    }
    Shield shield = engine.shield(err);
    Throughput.Judge judge = m -> {
      Verdict v = shield.scan(m);
      if (explain) {
        BatchScanner.explainAll(v); // as scan --format json does: forwards' explanations too
      }
      if (!v.isClean()) {
        flagged.increment();
      }
    };
    Map<String, Object> report = synthetic != null ? new SyntheticStream(engine.threads(), out, format == Format.text)
        .run(SyntheticMail.load(), judge, synthetic, warmup) : measureFiles(judge, err);
    if (report == null) {
      return ShieldCommand.USAGE;
    }
    if (format == Format.json) {
      out.println(new ObjectMapper().writeValueAsString(report));
    } else if (synthetic == null) {
      printText(out, report);
    }
    out.flush();
    return ShieldCommand.CLEAN;
  }

  private Map<String, Object> measureFiles(Throughput.Judge judge, PrintWriter err) {
    List<byte[]> messages = new ArrayList<>();
    int[] unreadable = {0};
    EngineOptions.source().walk(paths, new MessageVisitor() {
      @Override
      public void message(String name, Opener opener) {
        try (InputStream in = opener.open()) {
          byte[] m = in.readAllBytes();
          judge.judge(m); // the first scan checks the message (and is part of the warm-up)
          messages.add(m);
        } catch (Exception e) {
          unreadable[0]++;
          err.println("shield: " + name + ": skipped: " + BatchScanner.oneLine(e.getMessage() == null
              ? e.toString() : e.getMessage()));
        }
      }

      @Override
      public void error(String name, String problem) {
        unreadable[0]++;
        err.println("shield: " + name + ": " + problem);
      }
    });
    if (messages.isEmpty()) {
      err.println("shield: nothing to measure: no readable message in " + paths);
      return null;
    }
    int n = messages.size();
    long flaggedOnce = flagged.sum(); // each message's first scan happened while reading
    Throughput.Scan scan = Throughput.of(i -> messages.get((int) (i % n)), judge);
    long perRun = scans > 0 ? scans : Math.max(n, 3000);
    Throughput.run(scan, 0, warmup, 1, false);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("messages", n);
    report.put("unreadable", unreadable[0]);
    report.put("flagged", flaggedOnce);
    report.put("input_mb", Throughput.round(messages.stream().mapToLong(m -> m.length).sum() / 1e6, 2));
    report.put("warmup", warmup);
    Throughput.Run single = Throughput.run(scan, 0, perRun, 1, true);
    int threads = engine.threads();
    Throughput.Run multi = threads > 1 ? Throughput.run(scan, 0, perRun, threads, false) : single;
    report.putAll(multi.figures());
    report.put("median_cpu_ms_per_message", single.figures().get("median_cpu_ms_per_message"));
    report.put("single_thread", single.figures());
    if (threads > 1) {
      report.put("scaling", Throughput.round((double) single.wallNanos() / multi.wallNanos(), 2));
    }
    return report;
  }

  private static void printText(PrintWriter out, Map<String, Object> r) {
    out.printf("%s messages (%s MB) read, %s flagged, %s unreadable; warm-up %s scans%n", r.get("messages"),
        r.get("input_mb"), r.get("flagged"), r.get("unreadable"), r.get("warmup"));
    @SuppressWarnings("unchecked")
    Map<String, Object> single = (Map<String, Object>) r.get("single_thread");
    line(out, single);
    out.printf("  CPU per message on one thread: median %s ms, p90 %s ms, p99 %s ms%s%n",
        single.get("median_cpu_ms_per_message"), single.get("p90_cpu_ms_per_message"),
        single.get("p99_cpu_ms_per_message"), single.containsKey("allocated_kb_per_message")
            ? "; " + single.get("allocated_kb_per_message") + " KB allocated per message" : "");
    if (r.containsKey("scaling")) {
      line(out, r);
      out.printf("  %s threads are %sx as fast as one%n", r.get("threads"), r.get("scaling"));
    }
  }

  static void line(PrintWriter out, Map<String, Object> f) {
    out.printf("%s thread(s): %s scans in %s s: %s messages/s, %s MB/s, %s ms CPU per message (process), "
        + "peak heap %s MB%n", f.get("threads"), f.get("scans"), f.get("seconds"), f.get("messages_per_second"),
        f.get("mb_per_second"), f.get("cpu_ms_per_message"), f.get("peak_heap_mb"));
  }
}
