package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextortionshield.core.source.SyntheticMail;

/**
 * {@code shield bench --synthetic N}: streams N made-up messages through the verdict in batches, each generated when
 * scanned and dropped after, and between batches (no scan running) takes the heap in use after a full collection.
 * A flat series is the claim: nothing accumulates per message. Every hundredth message is a large one. Each
 * checkpoint also gives the batch's process CPU per message, which shows when the JIT compiler has settled.
 */
final class SyntheticStream {
  private static final int CHECKPOINTS = 20;
  private final int threads;
  private final PrintWriter out;
  private final boolean progress;

  SyntheticStream(int threads, PrintWriter out, boolean progress) {
    this.threads = threads;
    this.out = out;
    this.progress = progress;
  }

  Map<String, Object> run(SyntheticMail mail, Throughput.Judge judge, long total, int warmup) {
    Throughput.Scan scan = Throughput.of(i -> message(mail, i), judge);
    Throughput.run(scan, 0, warmup, threads, false);
    double start = Throughput.heapAfterGcMb();
    if (progress) {
      out.printf("%d made-up messages on %d thread(s); heap after a full GC (MB); process CPU ms per message since "
          + "the last line:%n%12d %8.1f%n", total, threads, 0, start);
      out.flush();
    }
    List<Object> series = new ArrayList<>();
    series.add(List.of(0, Throughput.round(start, 1), 0.0));
    long batch = Math.max(1, total / CHECKPOINTS);
    long wall = 0;
    long cpu = 0;
    long bytes = 0;
    double peak = 0;
    Throughput.Run last = null;
    for (long from = 0; from < total; from += batch) {
      long to = Math.min(total, from + batch);
      Throughput.Run run = Throughput.run(scan, warmup + from, warmup + to, threads, threads == 1);
      last = run;
      wall += run.wallNanos();
      cpu += run.cpuNanos();
      bytes += run.bytes();
      peak = Math.max(peak, run.peakHeapMb());
      double after = Throughput.heapAfterGcMb();
      double batchCpu = run.cpuNanos() / 1e6 / (to - from);
      series.add(List.of(to, Throughput.round(after, 1), Throughput.round(batchCpu, 4)));
      if (progress) {
        out.printf("%12d %8.1f %10.4f%n", to, after, batchCpu);
        out.flush();
      }
    }
    Throughput.Run whole = new Throughput.Run(threads, total, bytes, wall, cpu, peak, null, -1);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("messages", total);
    report.put("synthetic", true);
    report.put("warmup", warmup);
    report.putAll(whole.figures());
    if (threads == 1) { // per-message CPU of the last batch (the series is not kept: it would grow with N)
      for (String f : List.of("median_cpu_ms_per_message", "p90_cpu_ms_per_message", "p99_cpu_ms_per_message")) {
        report.put(f, last.figures().get(f));
      }
    }
    report.put("heap_after_gc_mb", series);
    if (progress) {
      BenchCommand.line(out, whole.figures());
      out.println("  (CPU includes making up each message)");
      if (threads == 1) {
        out.printf("  CPU per message in the last batch: median %s ms, p90 %s ms, p99 %s ms%n",
            report.get("median_cpu_ms_per_message"), report.get("p90_cpu_ms_per_message"),
            report.get("p99_cpu_ms_per_message"));
      }
    }
    return report;
  }

  private static byte[] message(SyntheticMail mail, long index) {
    return index % 100 == 99 ? mail.message(SyntheticMail.Kind.LARGE, index) : mail.typical(index);
  }
}
