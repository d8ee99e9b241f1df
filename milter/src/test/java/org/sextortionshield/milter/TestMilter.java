package org.sextortionshield.milter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sextortionshield.core.Shield;
import org.sextortionshield.milter.client.MilterClient;
import org.sextortionshield.milter.protocol.Negotiation;

/** A milter server on an ephemeral port with settings for one test, its log lines kept for assertions. */
final class TestMilter implements AutoCloseable {
  final MilterServer server;
  final List<String> log = new CopyOnWriteArrayList<>();

  TestMilter(MessageScanner scanner, String... settings) throws IOException {
    Map<String, String> flags = new HashMap<>();
    flags.put("socket", "inet:0@127.0.0.1");
    flags.put("warm-up-ms", "0");
    for (int i = 0; i < settings.length; i += 2) {
      flags.put(settings[i], settings[i + 1]);
    }
    server = MilterServer.start(MilterConfig.load(null, flags), scanner, log::add);
  }

  /** With the real engine. */
  static TestMilter start(String... settings) throws IOException {
    return new TestMilter(Shield.defaults()::scan, settings);
  }

  /** A connected client that has negotiated like Postfix. */
  MilterClient client() throws IOException {
    return client(MilterClient.POSTFIX_OFFER);
  }

  MilterClient client(Negotiation offer) throws IOException {
    MilterClient c = MilterClient.connect(server.address());
    c.negotiate(offer);
    c.connectInfo("mx.example.net", "192.0.2.10", 40000);
    return c;
  }

  /**
   * The log lines of answered messages, once there are {@code expected} of them: the server logs right after it
   * answers, so the line may come a moment after the client has its reply.
   */
  List<String> messageLines(int expected) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<String> lines;
    do {
      lines = log.stream().filter(l -> l.contains(" shield-milter message ")).toList();
      if (lines.size() >= expected) {
        break;
      }
      Thread.onSpinWait();
    } while (System.nanoTime() < deadline);
    return lines;
  }

  /** The whole log so far, once a line containing {@code awaited} is there (or after five seconds). */
  String logText(String awaited) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (log.stream().noneMatch(l -> l.contains(awaited)) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return String.join("\n", log);
  }

  static byte[] mail(String name) {
    try (InputStream in = TestMilter.class.getResourceAsStream("/mail/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test mail " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
