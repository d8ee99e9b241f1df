package org.sextortionshield.milter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The milter server: listens on a TCP or Unix socket, serves each MTA connection on its own thread (up to
 * max-connections; more are closed at once so the MTA applies its milter_default_action), closes connections that
 * stay silent past the idle timeout, and runs the engine under a time budget.
 */
public final class MilterServer implements AutoCloseable {
  private final MilterConfig config;
  private final ServerSocketChannel listener;
  private final ListenAddress address;
  private final Metrics metrics = new Metrics();
  private final BudgetedScanner scanner;
  private final MilterSession.Services services;
  private final ThreadPoolExecutor connections;
  private final ScheduledExecutorService watchdog;
  private final Set<MilterSession> sessions = ConcurrentHashMap.newKeySet();
  private final AtomicInteger open = new AtomicInteger();
  private final Consumer<String> log;
  private final Thread acceptor;
  private volatile boolean closed;
  private volatile long lastRefusalLog;

  private MilterServer(MilterConfig config, MessageScanner engine, Consumer<String> log) throws IOException {
    this.config = config;
    this.log = log;
    this.listener = bind(config);
    this.address = boundAddress(config.socket(), listener);
    this.scanner = new BudgetedScanner(engine, config.engineThreads(), config.maxConnections(), config.timeBudget());
    this.services = new MilterSession.Services(config, scanner, metrics, log);
    AtomicInteger n = new AtomicInteger();
    // The open-connection count is the real bound; the pool has slack for threads still finishing a session.
    this.connections = new ThreadPoolExecutor(0, 2 * config.maxConnections(), 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> new Thread(r, "milter-connection-" + n.incrementAndGet()));
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "milter-idle-watchdog");
      t.setDaemon(true);
      return t;
    });
    long period = Math.max(100, Math.min(1000, config.idleTimeout().toMillis() / 4));
    watchdog.scheduleAtFixedRate(this::closeIdle, period, period, TimeUnit.MILLISECONDS);
    this.acceptor = new Thread(this::acceptLoop, "milter-acceptor");
  }

  /**
   * Binds the socket, warms the engine up and starts serving. MTAs that connect during the warm-up wait in the
   * listen backlog; their first messages are then judged by compiled code rather than the interpreter.
   */
  public static MilterServer start(MilterConfig config, MessageScanner engine, Consumer<String> log)
      throws IOException {
    MilterServer server = new MilterServer(config, engine, log);
    server.warmUp();
    server.acceptor.start();
    log.accept(MessageLog.event("listening").field("socket", server.address)
        .field("max_connections", config.maxConnections())
        .field("time_budget_ms", config.timeBudget().toMillis())
        .field("max_message_bytes", config.maxMessageBytes())
        .field("on_error", config.policy().tempfailOnError() ? "tempfail" : "accept").toString());
    return server;
  }

  /** Where the server listens; with port 0 in the configuration, the port it got. */
  public ListenAddress address() {
    return address;
  }

  public Metrics metrics() {
    return metrics;
  }

  public boolean isOpen() {
    return !closed && listener.isOpen();
  }

  /** Judges a message the way a connection would, for health checks. */
  ScanOutcome probe(byte[] message) {
    return scanner.scan(new ByteArrayInputStream(message));
  }

  MilterConfig config() {
    return config;
  }

  /** Stops listening, closes every connection (the MTA applies its default action) and stops the engine pool. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    sessions.forEach(MilterSession::close);
    connections.shutdown();
    watchdog.shutdownNow();
    try {
      connections.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    scanner.close();
    if (config.socket().isUnix()) {
      try {
        Files.deleteIfExists(config.socket().path());
      } catch (IOException e) {
        // a stale socket file is removed at the next start
      }
    }
    log.accept(MessageLog.event("stopped").field("socket", address).toString());
  }

  /** Scans a built-in message until the warm-up time has passed (or 500 times). */
  private void warmUp() throws IOException {
    if (config.warmUp().isZero()) {
      return;
    }
    byte[] message;
    try (var in = MilterServer.class.getResourceAsStream("warmup.eml")) {
      if (in == null) {
        throw new IOException("warmup.eml is missing from the milter jar");
      }
      message = in.readAllBytes();
    }
    long start = System.nanoTime();
    int scans = 0;
    while (scans < 500 && System.nanoTime() - start < config.warmUp().toNanos()) {
      if (scanner.scan(new ByteArrayInputStream(message)).failed()) {
        break; // a broken engine shows itself on real messages; the fail-safe handles them
      }
      scans++;
    }
    log.accept(MessageLog.event("engine-warm").field("scans", scans)
        .millis("ms", System.nanoTime() - start).toString());
  }

  private void acceptLoop() {
    while (!closed) {
      SocketChannel channel;
      try {
        channel = listener.accept();
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        log.accept(MessageLog.event("accept-error").field("problem", e.getMessage()).toString());
        continue;
      }
      if (open.incrementAndGet() > config.maxConnections()) {
        open.decrementAndGet();
        metrics.connectionRefused();
        closeQuietly(channel);
        logRefusal();
        continue;
      }
      metrics.connectionOpened();
      noDelay(channel);
      MilterSession[] self = new MilterSession[1];
      self[0] = new MilterSession(channel, services, () -> {
        sessions.remove(self[0]);
        open.decrementAndGet();
        metrics.connectionClosed();
      });
      sessions.add(self[0]);
      try {
        connections.execute(self[0]);
      } catch (RejectedExecutionException e) { // only while shutting down
        sessions.remove(self[0]);
        open.decrementAndGet();
        metrics.connectionClosed();
        closeQuietly(channel);
      }
    }
  }

  private void closeIdle() {
    long deadline = System.nanoTime() - config.idleTimeout().toNanos();
    for (MilterSession s : sessions) {
      if (s.idleSince(deadline)) {
        log.accept(MessageLog.event("idle-timeout").field("seconds", config.idleTimeout().toSeconds()).toString());
        s.close();
      }
    }
  }

  /** At most one line per ten seconds: an overloaded server must not also flood its log. */
  private void logRefusal() {
    long now = System.nanoTime();
    if (now - lastRefusalLog > TimeUnit.SECONDS.toNanos(10)) {
      lastRefusalLog = now;
      log.accept(MessageLog.event("connection-refused").field("max_connections", config.maxConnections())
          .field("refused_total", metrics.refusedConnections()).toString());
    }
  }

  private static ServerSocketChannel bind(MilterConfig config) throws IOException {
    ListenAddress a = config.socket();
    if (a.isUnix()) {
      removeStaleSocket(a.path());
    }
    ServerSocketChannel channel = ServerSocketChannel.open(a.family());
    try {
      if (!a.isUnix()) {
        channel.socket().setReuseAddress(true);
      }
      channel.bind(a.toSocketAddress(), Math.max(128, config.maxConnections()));
      if (a.isUnix()) {
        Files.setPosixFilePermissions(a.path(), permissions(config.socketMode()));
      }
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw new IOException("cannot listen on " + a + ": " + e.getMessage(), e);
    }
  }

  /** A socket file left by a previous run is removed; any other file in the way is an error. */
  private static void removeStaleSocket(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        || Files.isSymbolicLink(path)) {
      throw new IOException("cannot listen on unix:" + path + ": a file that is not a socket is in the way");
    }
    Files.delete(path);
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int bit = 0; bit < order.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(order[bit]);
      }
    }
    return set;
  }

  private static ListenAddress boundAddress(ListenAddress configured, ServerSocketChannel channel)
      throws IOException {
    if (configured.family() == StandardProtocolFamily.UNIX) {
      return configured;
    }
    return configured.withPort(((InetSocketAddress) channel.getLocalAddress()).getPort());
  }

  /** Milter packets are small and answered one by one: Nagle's algorithm would only add delay. */
  private void noDelay(SocketChannel channel) {
    if (!config.socket().isUnix()) {
      try {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      } catch (IOException e) {
        // a slower connection still works
      }
    }
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // refused anyway
    }
  }
}
