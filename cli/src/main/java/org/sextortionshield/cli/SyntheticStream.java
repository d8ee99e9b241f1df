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
 * A flat series is the claim: nothing accumulates per message. Every hundredth message is a large one.
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
      out.printf("%d made-up messages on %d thread(s); heap after a full GC, in MB:%n%12d %8.1f%n", total, threads,
          0, start);
      out.flush();
    }
    List<Object> series = new ArrayList<>();
    series.add(List.of(0, Throughput.round(start, 1)));
    long batch = Math.max(1, total / CHECKPOINTS);
    long wall = 0;
    long cpu = 0;
    long bytes = 0;
    double peak = 0;
    for (long from = 0; from < total; from += batch) {
      long to = Math.min(total, from + batch);
      Throughput.Run run = Throughput.run(scan, warmup + from, warmup + to, threads, false);
      wall += run.wallNanos();
      cpu += run.cpuNanos();
      bytes += run.bytes();
      peak = Math.max(peak, run.peakHeapMb());
      double after = Throughput.heapAfterGcMb();
      series.add(List.of(to, Throughput.round(after, 1)));
      if (progress) {
        out.printf("%12d %8.1f%n", to, after);
        out.flush();
      }
    }
    Throughput.Run whole = new Throughput.Run(threads, total, bytes, wall, cpu, peak, null);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("messages", total);
    report.put("synthetic", true);
    report.put("warmup", warmup);
    report.putAll(whole.figures());
    report.put("heap_after_gc_mb", series);
    if (progress) {
      BenchCommand.line(out, whole.figures());
      out.println("  (CPU includes making up each message)");
    }
    return report;
  }

  private static byte[] message(SyntheticMail mail, long index) {
    return index % 100 == 99 ? mail.message(SyntheticMail.Kind.LARGE, index) : mail.typical(index);
  }
}
