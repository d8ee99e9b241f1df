package org.sextortionshield.milter;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters and the latency histogram, exposed in the Prometheus text format (version 0.0.4). Lock-free on the hot
 * path: every session thread adds to them at end of message.
 */
public final class Metrics {
  /** Upper bounds of the latency buckets, in seconds: fine where the target is (milliseconds), coarse beyond. */
  static final double[] BUCKETS = {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> messages = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final LongAdder[] latencyBuckets = new LongAdder[BUCKETS.length];
  private final LongAdder latencyCount = new LongAdder();
  private final LongAdder latencyNanos = new LongAdder();
  private final LongAdder truncated = new LongAdder();
  private final LongAdder aborted = new LongAdder();
  private final LongAdder connections = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder protocolErrors = new LongAdder();
  private final AtomicInteger active = new AtomicInteger();

  Metrics() {
    for (int i = 0; i < BUCKETS.length; i++) {
      latencyBuckets[i] = new LongAdder();
    }
  }

  void message(String verdict, Action action, long nanos, boolean wasTruncated) {
    messages.computeIfAbsent(verdict + "\u0000" + action.label(), k -> new LongAdder()).increment();
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        latencyBuckets[i].increment();
        break;
      }
    }
    latencyCount.increment();
    latencyNanos.add(nanos);
    if (wasTruncated) {
      truncated.increment();
    }
  }

  void failure(ScanOutcome.Failure failure) {
    failures.computeIfAbsent(failure.label(), k -> new LongAdder()).increment();
  }

  void aborted() {
    aborted.increment();
  }

  void protocolError() {
    protocolErrors.increment();
  }

  void connectionOpened() {
    connections.increment();
    active.incrementAndGet();
  }

  void connectionClosed() {
    active.decrementAndGet();
  }

  void connectionRefused() {
    refused.increment();
  }

  public int activeConnections() {
    return active.get();
  }

  /** Messages answered so far with this verdict and action. */
  public long messages(String verdict, Action action) {
    LongAdder n = messages.get(verdict + "\u0000" + action.label());
    return n == null ? 0 : n.sum();
  }

  public long refusedConnections() {
    return refused.sum();
  }

  /** The Prometheus exposition text. */
  public String prometheus() {
    StringBuilder out = new StringBuilder(2048);
    help(out, "shield_milter_messages_total", "counter", "Messages answered, by verdict and action.");
    new TreeMap<>(messages).forEach((k, n) -> {
      int sep = k.indexOf('\u0000');
      out.append("shield_milter_messages_total{verdict=\"").append(k, 0, sep).append("\",action=\"")
          .append(k.substring(sep + 1)).append("\"} ").append(n.sum()).append('\n');
    });
    help(out, "shield_milter_engine_failures_total", "counter",
        "Messages without a verdict, by reason (timeout, engine-error, overloaded).");
    new TreeMap<>(failures).forEach((k, n) ->
        out.append("shield_milter_engine_failures_total{reason=\"").append(k).append("\"} ").append(n.sum())
            .append('\n'));
    help(out, "shield_milter_latency_seconds", "histogram",
        "Time from end of message to the milter's answer (engine and reply).");
    long cumulative = 0;
    for (int i = 0; i < BUCKETS.length; i++) {
      cumulative += latencyBuckets[i].sum();
      out.append("shield_milter_latency_seconds_bucket{le=\"").append(number(BUCKETS[i])).append("\"} ")
          .append(cumulative).append('\n');
    }
    long count = latencyCount.sum();
    out.append("shield_milter_latency_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n');
    out.append("shield_milter_latency_seconds_sum ").append(number(latencyNanos.sum() / 1e9)).append('\n');
    out.append("shield_milter_latency_seconds_count ").append(count).append('\n');
    counter(out, "shield_milter_truncated_total", "Messages larger than max-message-bytes (only the start scanned).",
        truncated.sum());
    counter(out, "shield_milter_aborted_total", "Messages the MTA aborted before their end.", aborted.sum());
    counter(out, "shield_milter_connections_total", "MTA connections accepted.", connections.sum());
    counter(out, "shield_milter_connections_refused_total", "MTA connections closed at once: max-connections "
        + "reached.", refused.sum());
    counter(out, "shield_milter_protocol_errors_total", "Connections ended because the peer broke the protocol.",
        protocolErrors.sum());
    help(out, "shield_milter_connections_active", "gauge", "MTA connections open now.");
    out.append("shield_milter_connections_active ").append(active.get()).append('\n');
    return out.toString();
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    help(out, name, "counter", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void help(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%s", d);
  }
}
