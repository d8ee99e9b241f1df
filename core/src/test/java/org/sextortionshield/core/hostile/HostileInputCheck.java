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
 * Generates every hostile input, scans it twice, and prints one line per input: outcome, wall time of the first scan
 * (the code paths it needs still cold) and of the second (warm, as in a running service), peak heap. Exits 1 when a
 * scan fails (an exception or error, out of memory included) or the warm scan takes longer than the budget: the budget
 * bounds the engine's work per message, not the JIT's. Run it under the heap a small deployment has:
 *
 * <pre>java -Xmx256m -cp CLASSPATH org.sextortionshield.core.hostile.HostileInputCheck [--budget-ms 2000]
 *     [--only NAME,...] [--write DIR]</pre>
 *
 * {@code --write DIR} also writes the inputs as {@code DIR/NAME.eml}, for running them through {@code shield scan}.
 * Speed is measured here, by a separate run, never asserted in unit tests.
 */
public final class HostileInputCheck {
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
    System.out.println("| input | size | outcome | first scan | warm scan | peak heap |");
    System.out.println("|---|---|---|---|---|---|");
    int failed = 0;
    for (HostileInput input : HostileInputs.all()) {
      if (only != null && !only.contains(input.name())) {
        continue;
      }
      Result first = measure(shield, input);
      Result r = first.error != null ? first : measure(shield, input);
      boolean ok = r.error == null && r.millis <= budgetMs;
      failed += ok ? 0 : 1;
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %d ms | %d ms%s | %d MB |%n", input.name(), size(r.bytes),
          r.error != null ? "FAILED: " + r.error : r.outcome, first.millis, r.millis,
          r.millis > budgetMs ? " (over budget)" : "", Math.max(first.peakHeap, r.peakHeap) >> 20);
      if (write != null) {
        Files.createDirectories(write);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(
            write.resolve(input.name() + ".eml")), 1 << 16)) {
          input.writeTo(out);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s; load %s%n", failed == 0 ? "all within budget" : failed + " failed", load());
    System.exit(failed == 0 ? 0 : 1);
  }

  private record Result(String outcome, String error, long millis, long peakHeap, long bytes) {}

  static Result measure(Shield shield, HostileInput input) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    MessageDigest digest = sha256();
    long start = 0;
    try (InputStream in = new DigestInputStream(input.open(), digest)) {
      start = System.nanoTime();
      Verdict v = shield.scan(in);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      String hash = HexFormat.of().formatHex(digest.digest());
      if (!hash.equals(v.sha256())) {
        return new Result(null, "the verdict's SHA-256 is not that of the bytes read", millis, peak, v.size());
      }
      return new Result(outcome(v), null, millis, peak, v.size());
    } catch (IOException | RuntimeException | Error e) {
      long millis = start == 0 ? 0 : (System.nanoTime() - start) / 1_000_000;
      return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage(), millis, 0, 0);
    }
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
    byte[] message = ("From: a@sender.example\r\nSubject: warm-up\r\n\r\n" + Mime.SCAM).getBytes(StandardCharsets.UTF_8);
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
