package org.sextortionshield.core.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Generates every hostile input, scans it {@value #WARM_SCANS} + 1 times, and prints one line per input: outcome, wall
 * time of the first scan (the code paths it needs still cold) and of the last (warm, as in a running service), the CPU
 * time of the warm scan, peak heap. Exits 1 when a scan fails (an exception or error, out of memory included), when
 * the warm scan costs more CPU time than the budget, or when its wall time passes {@value #HANG_FACTOR} times the
 * budget.
 *
 * <p>Why CPU time: the budget bounds the engine's work per message (its own thread and the garbage collector's
 * count; the JIT compiler's, which compiles each code path once, does not), and that work does not change when other
 * programs share the machine, as they do on a CI runner. On a machine of its own a scan's wall time is at most about
 * that CPU time (its one thread runs while the collector's pauses take theirs), so a scan within the CPU budget is
 * within it in wall time too. The wall time is printed beside it; far past the budget it means a hang whatever the
 * load. Each input is written to a file first, so making it is not measured. Run it under the heap a small deployment
 * has:
 *
 * <pre>java -Xmx256m -cp CLASSPATH org.sextortionshield.core.hostile.HostileInputCheck [--budget-ms 2000]
 *     [--only NAME,...] [--write DIR]</pre>
 *
 * {@code --write DIR} keeps the inputs as {@code DIR/NAME.eml}, for running them through {@code shield scan}.
 * Speed is measured here, by a separate run, never asserted in unit tests.
 */
public final class HostileInputCheck {
  static final int HANG_FACTOR = 5;
  static final int WARM_SCANS = 5;

  private HostileInputCheck() {}

  public static void main(String[] args) throws IOException {
    long budgetMs = 2000;
    List<String> only = null;
    Path write = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--budget-ms" -> budgetMs = Long.parseLong(args[++i]);
        case "--only" -> only = List.of(args[++i].split(","));
        case "--write" -> write = Path.of(args[++i]);
        default -> {
          System.err.println("usage: HostileInputCheck [--budget-ms MS] [--only NAME,...] [--write DIR]");
          System.exit(2);
        }
      }
    }
    Shield shield = Shield.defaults();
    warmUp(shield);
    System.out.printf(Locale.ROOT, "hostile inputs: budget %d ms per scan, max heap %d MB, %d cores, load %s%n",
        budgetMs, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());
    System.out.println("| input | what | size | outcome | first scan | warm scan | warm scan CPU | peak heap |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    int failed = 0;
    if (write != null) {
      Files.createDirectories(write);
    }
    for (HostileInput input : HostileInputs.all()) {
      if (only != null && !only.contains(input.name())) {
        continue;
      }
      // written out first, so that neither wall nor CPU time includes making the input
      Path file = write != null ? write.resolve(input.name() + ".eml") : Files.createTempFile("hostile-", ".eml");
      Result first;
      Result r;
      try {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
          input.writeTo(out);
        }
        first = measure(shield, file);
        r = first;
        for (int k = 0; k < WARM_SCANS && r.error == null; k++) {
          r = measure(shield, file); // the last is reported: the code paths this input needs are compiled by then
        }
      } finally {
        if (write == null) {
          Files.deleteIfExists(file);
        }
      }
      boolean overBudget = r.cpuMillis > budgetMs;
      boolean hung = r.millis > HANG_FACTOR * budgetMs;
      failed += r.error == null && !overBudget && !hung ? 0 : 1;
      System.out.printf(Locale.ROOT, "| `%s` | %s | %s | %s | %d ms | %d ms%s | %d ms%s | %d MB |%n", input.name(),
          input.what(), size(r.bytes), r.error != null ? "FAILED: " + r.error : r.outcome, first.millis, r.millis,
          hung ? " (hung)" : "", r.cpuMillis, overBudget ? " (over budget)" : "",
          Math.max(first.peakHeap, r.peakHeap) >> 20);
    }
    System.out.printf(Locale.ROOT, "%s; load %s%n", failed == 0 ? "all within budget" : failed + " failed", load());
    System.exit(failed == 0 ? 0 : 1);
  }

  private record Result(String outcome, String error, long millis, long cpuMillis, long peakHeap, long bytes) {}

  static Result measure(Shield shield, Path file) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    MessageDigest digest = sha256();
    long start = 0;
    long cpuStart = engineCpuNanos();
    try (InputStream in = new DigestInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16),
        digest)) {
      start = System.nanoTime();
      cpuStart = engineCpuNanos();
      Verdict v = shield.scan(in);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (engineCpuNanos() - cpuStart) / 1_000_000;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      String hash = HexFormat.of().formatHex(digest.digest());
      if (!hash.equals(v.sha256())) {
        return new Result(null, "the verdict's SHA-256 is not that of the bytes read", millis, cpuMillis, peak,
            v.size());
      }
      return new Result(outcome(v), null, millis, cpuMillis, peak, v.size());
    } catch (IOException | RuntimeException | Error e) {
      long millis = start == 0 ? 0 : (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (engineCpuNanos() - cpuStart) / 1_000_000;
      return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage(), millis, cpuMillis, 0, 0);
    }
  }

  /**
   * CPU time of every thread of the process except the JIT compiler's (which compile each code path once, not per
   * message): the scanning thread and the garbage collector's. Read from {@code /proc/self/task} where there is one
   * (Linux; clock ticks of 10 ms), otherwise the process CPU time, compiler included.
   */
  private static long engineCpuNanos() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
    long ticks = 0;
    try (java.nio.file.DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String name;
        String stat;
        try {
          name = Files.readString(thread.resolve("comm")).strip();
          stat = Files.readString(thread.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
          continue;
        }
        // after "pid (name) " come the state (field 3) ... utime (field 14) and stime (field 15)
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ticks * 10_000_000L;
  }

  /** The verdict in a few words: category, score, truncation, the first problem. */
  static String outcome(Verdict v) {
    StringBuilder s = new StringBuilder(v.category().name().toLowerCase(Locale.ROOT));
    s.append(String.format(Locale.ROOT, " %.2f", v.score()));
    if (v.truncated()) {
      s.append(", truncated");
    }
    if (!v.problems().isEmpty()) {
      String p = v.problems().get(0);
      s.append(", \"").append(p.length() > 70 ? p.substring(0, 70) + "…" : p).append('"');
      if (v.problems().size() > 1) {
        s.append(" +").append(v.problems().size() - 1);
      }
    }
    return s.toString().replace('|', '/');
  }

  private static void warmUp(Shield shield) throws IOException {
    byte[] message = ("From: a@sender.example\r\nSubject: warm-up\r\n\r\n" + Mime.SCAM)
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20; i++) {
      shield.scan(message);
    }
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
        : String.format(Locale.ROOT, "%d KB", Math.max(1, bytes >> 10));
  }

  private static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
