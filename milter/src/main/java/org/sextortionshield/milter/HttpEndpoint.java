package org.sextortionshield.milter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@code GET /health} and {@code GET /metrics} over plain HTTP (the JDK's server; nothing heavier is needed).
 * Health is 200 when the milter socket is open and the engine judges a probe message within the time budget,
 * 503 otherwise; the body says which.
 */
public final class HttpEndpoint implements AutoCloseable {
  /** A small clean message the engine must judge in time for the milter to be healthy. */
  private static final byte[] PROBE = ("From: health-check@localhost\r\nTo: postmaster@localhost\r\n"
      + "Subject: health check\r\nMessage-ID: <health-check@localhost>\r\n\r\n"
      + "This message checks that the engine answers.\r\n").getBytes(StandardCharsets.US_ASCII);

  private final HttpServer http;

  private HttpEndpoint(HttpServer http) {
    this.http = http;
  }

  public static HttpEndpoint start(InetSocketAddress address, MilterServer milter, Consumer<String> log)
      throws IOException {
    HttpServer http;
    try {
      http = HttpServer.create(address, 16);
    } catch (IOException e) {
      throw new IOException("cannot serve HTTP on " + address + ": " + e.getMessage(), e);
    }
    http.setExecutor(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "milter-http");
      t.setDaemon(true);
      return t;
    }));
    http.createContext("/health", ex -> health(ex, milter));
    http.createContext("/metrics", ex -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
        milter.metrics().prometheus()));
    http.start();
    InetSocketAddress bound = http.getAddress();
    log.accept(MessageLog.event("http").field("health", "http://" + bound.getHostString() + ":" + bound.getPort()
        + "/health").field("metrics", "http://" + bound.getHostString() + ":" + bound.getPort() + "/metrics")
        .toString());
    return new HttpEndpoint(http);
  }

  /** Where it listens (with port 0 configured: the port it got). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  @Override
  public void close() {
    http.stop(0);
  }

  private static void health(HttpExchange ex, MilterServer milter) throws IOException {
    if (!milter.isOpen()) {
      send(ex, 503, "text/plain; charset=utf-8", "unhealthy: milter socket closed\n");
      return;
    }
    long start = System.nanoTime();
    ScanOutcome probe = milter.probe(PROBE);
    String ms = String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6);
    String connections = "connections=" + milter.metrics().activeConnections() + "/"
        + milter.config().maxConnections();
    if (probe.failed()) {
      send(ex, 503, "text/plain; charset=utf-8", "unhealthy: engine " + probe.failure().label() + " ("
          + probe.detail() + ") " + connections + "\n");
    } else {
      send(ex, 200, "text/plain; charset=utf-8", "ok socket=" + milter.address() + " engine_ms=" + ms + " "
          + connections + "\n");
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
