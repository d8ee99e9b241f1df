package org.sextortionshield.milter.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import org.sextortionshield.milter.ListenAddress;

/**
 * Replays messages against a milter over N concurrent MTA sessions and measures each message's latency: from MAIL
 * to the milter's final answer, which is what the MTA waits for. Closed loop (each session sends its next message
 * as soon as the last is answered: the highest throughput) or paced at a total rate (latency at a given load,
 * measured from the planned send time so a slow answer cannot hide the queue behind it). The warm-up before the
 * measurement always runs closed loop.
 */
public final class LoadGenerator {

  /**
   * @param rate messages per second over all sessions; 0 for closed loop
   * @param messagesPerConnection messages sent on one milter connection before reconnecting (Postfix: usually 1)
   */
  public record Options(ListenAddress target, int sessions, Duration duration, Duration warmup, double rate,
      int messagesPerConnection, List<byte[]> messages) {}

  /** Latencies in nanoseconds; {@code firstError} describes the first failed message, or is null. */
  public record Result(int sessions, long messages, double seconds, long p50, long p90, long p99, long max,
      long errors, String firstError, Map<String, Long> verdicts) {

    public double throughput() {
      return messages / seconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "sessions=%d messages=%d seconds=%.1f throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms "
              + "errors=%d verdicts=%s%s", sessions, messages, seconds, throughput(), p50 / 1e6, p90 / 1e6,
          p99 / 1e6, max / 1e6, errors, verdicts, firstError == null ? "" : " first_error=\"" + firstError + "\"");
    }
  }

  private LoadGenerator() {}

  public static Result run(Options o) throws InterruptedException {
    long start = System.nanoTime() + 50_000_000L; // let every session connect first
    long measureFrom = start + o.warmup().toNanos();
    long end = measureFrom + o.duration().toNanos();
    Session[] sessions = new Session[o.sessions()];
    Thread[] threads = new Thread[o.sessions()];
    for (int i = 0; i < o.sessions(); i++) {
      sessions[i] = new Session(o, i, measureFrom, end);
      threads[i] = new Thread(sessions[i], "load-session-" + i);
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long total = 0;
    long errors = 0;
    String firstError = null;
    Map<String, Long> verdicts = new TreeMap<>();
    for (Session s : sessions) {
      total += s.count;
      errors += s.errors;
      firstError = firstError == null ? s.firstError : firstError;
      s.verdicts.forEach((k, v) -> verdicts.merge(k, v, Long::sum));
    }
    long[] all = new long[(int) total];
    int at = 0;
    for (Session s : sessions) {
      System.arraycopy(s.latencies, 0, all, at, s.count);
      at += s.count;
    }
    Arrays.sort(all);
    return new Result(o.sessions(), total, o.duration().toNanos() / 1e9, percentile(all, 0.50),
        percentile(all, 0.90), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1], errors, firstError,
        verdicts);
  }

  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** One MTA: a connection (renewed every messagesPerConnection messages) and its own measurements. */
  private static final class Session implements Runnable {
    private final Options o;
    private final int index;
    private final long measureFrom;
    private final long end;
    private long[] latencies = new long[1024];
    private int count;
    private long errors;
    private String firstError;
    private final Map<String, Long> verdicts = new TreeMap<>();

    Session(Options o, int index, long measureFrom, long end) {
      this.o = o;
      this.index = index;
      this.measureFrom = measureFrom;
      this.end = end;
    }

    @Override
    public void run() {
      long interval = o.rate() > 0 ? (long) (o.sessions() * 1e9 / o.rate()) : 0;
      // The warm-up runs closed loop (it warms the JIT fastest); pacing starts afresh when measuring starts, so
      // a slow warm-up does not leave a backlog behind that would be counted as latency.
      long planned = measureFrom + (interval * index) / Math.max(1, o.sessions());
      int sent = 0;
      MilterClient mta = null;
      while (true) {
        long now = System.nanoTime();
        boolean paced = interval > 0 && now >= measureFrom - interval;
        if (paced && planned > now) {
          LockSupport.parkNanos(planned - now);
        }
        long sendStart = paced ? planned : System.nanoTime();
        if (sendStart >= end) {
          break;
        }
        try {
          if (mta == null) {
            mta = MilterClient.connect(o.target());
            mta.negotiate(MilterClient.POSTFIX_OFFER);
            mta.connectInfo("load.example.net", "192.0.2.99", 40000 + index);
          }
          byte[] message = o.messages().get((index + sent) % o.messages().size());
          Reply r = mta.send(null, "<load@example.net>", List.of("<rcpt@example.com>"), message);
          long latency = System.nanoTime() - sendStart;
          sent++;
          if (sendStart >= measureFrom) {
            record(latency, verdictOf(r));
          }
          if (sent % o.messagesPerConnection() == 0) {
            mta.quit();
            mta.close();
            mta = null;
          }
        } catch (IOException e) {
          errors++;
          if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
          }
          mta = closeQuietly(mta);
        }
        if (paced) {
          planned += interval;
        }
      }
      closeQuietly(mta);
    }

    private void record(long latency, String verdict) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = latency;
      verdicts.merge(verdict, 1L, Long::sum);
    }

    private static String verdictOf(Reply r) {
      String v = r.added("X-Sextortion-Verdict");
      if (v == null) {
        return r.accepted() ? "untagged" : "refused";
      }
      int space = v.indexOf(' ');
      return space < 0 ? v : v.substring(0, space);
    }

    private static MilterClient closeQuietly(MilterClient mta) {
      if (mta != null) {
        try {
          mta.close();
        } catch (IOException e) {
          // already gone
        }
      }
      return null;
    }
  }

  /** The messages to replay, read once; errors name the file. */
  public static List<byte[]> readMessages(List<Path> paths) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (var files = Files.list(p)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            out.add(Files.readAllBytes(f));
          }
        }
      } else {
        out.add(Files.readAllBytes(p));
      }
    }
    return out;
  }
}
