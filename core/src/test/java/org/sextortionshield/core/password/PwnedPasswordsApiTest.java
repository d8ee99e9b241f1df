package org.sextortionshield.core.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The range client against a local stand-in for the API: what leaves the machine, and how answers are read. */
class PwnedPasswordsApiTest {
  private static final String PASSWORD = "correct horse battery staple";
  private HttpServer server;
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final List<String> padding = new CopyOnWriteArrayList<>();
  private final List<String> bodiesSeen = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String extraLines = "";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      paths.add(path);
      padding.add(String.valueOf(exchange.getRequestHeaders().getFirst("Add-Padding")));
      bodiesSeen.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String prefix = path.substring(path.lastIndexOf('/') + 1);
      String full = PasswordHash.of(PASSWORD).hex();
      StringBuilder body = new StringBuilder();
      // a real answer: other suffixes of the same prefix, padding lines with count 0, CRLF line ends
      body.append("0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n");
      if (prefix.equals(full.substring(0, 5))) {
        body.append(full.substring(5)).append(":3645804\r\n");
      }
      body.append("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n").append(extraLines);
      byte[] bytes = body.toString().getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PwnedPasswordsApi client() {
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pwned");
    return new PwnedPasswordsApi(endpoint, Duration.ofSeconds(5));
  }

  @Test
  void onlyTheFiveCharacterPrefixLeavesTheMachineWithPaddingOn() throws IOException {
    PasswordHash hash = PasswordHash.of(PASSWORD);
    assertThat(client().timesSeen(hash)).isEqualTo(3645804);
    assertThat(paths).containsExactly("/pwned/range/" + hash.prefix());
    assertThat(hash.prefix()).hasSize(5).isEqualTo(hash.hex().substring(0, 5));
    assertThat(padding).containsExactly("true");
    assertThat(bodiesSeen).containsExactly("");
    assertThat(String.join("", paths)).doesNotContain(hash.suffix()).doesNotContain("horse");
  }

  @Test
  void anAbsentSuffixAndAPaddingLineCountZero() throws IOException {
    assertThat(client().timesSeen(PasswordHash.of("not in the list at all, 7b1f"))).isZero();
    // the padding line's suffix under its own prefix: listed, but with count 0
    assertThat(client().timesSeen(PasswordHash.ofHex("00000" + "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"))).isZero();
  }

  @Test
  void hashesMatchTheKnownSha1() {
    // SHA-1("password") is well known
    assertThat(PasswordHash.of("password").hex()).isEqualTo("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
    assertThat(PasswordHash.of("password").toString()).isEqualTo("5BAA6…");
  }

  @Test
  void errorsAreOneLineAndNeverNameThePassword() throws IOException {
    status = 503;
    assertThatThrownBy(() -> client().timesSeen(PasswordHash.of(PASSWORD))).isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 503").hasMessageNotContaining("horse");
    status = 200;
    extraLines = "<html>not the API</html>\r\n";
    assertThatThrownBy(() -> client().timesSeen(PasswordHash.of("something else"))).isInstanceOf(IOException.class)
        .hasMessageContaining("unexpected line");
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    PwnedPasswordsApi offline = new PwnedPasswordsApi(URI.create("http://127.0.0.1:" + closedPort),
        Duration.ofSeconds(2));
    assertThatThrownBy(() -> offline.timesSeen(PasswordHash.of(PASSWORD))).isInstanceOf(IOException.class)
        .hasMessageContaining("cannot reach").hasMessageNotContaining("horse").hasMessageNotContaining("\n");
  }
}
