package org.sextortionshield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextortionshield.core.password.PasswordHash;

/** {@code check-password} and {@code explain --check-password} against a local stand-in for the range API. */
class PasswordCliTest {
  private static final String LEAKED = "tulip-1987";
  private HttpServer server;
  private final List<String> paths = new CopyOnWriteArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      paths.add(exchange.getRequestURI().getPath());
      String hex = PasswordHash.of(LEAKED).hex();
      String body = exchange.getRequestURI().getPath().endsWith(hex.substring(0, 5))
          ? hex.substring(5) + ":52\r\n" : "0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n";
      byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, bytes.length);
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

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static ByteArrayInputStream stdin(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBreachedPasswordIsCountedWithGuidanceAndNeverEchoed() {
    CliTest.Run r = CliTest.run(stdin(LEAKED + "\n"), "check-password", "--stdin", "--endpoint", endpoint());
    assertThat(r.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(r.out()).contains("Found 52 times in known data breaches")
        .contains("only the first 5 characters of the password's SHA-1 hash were sent")
        .contains("change it everywhere").contains("two-factor");
    assertThat(r.out() + r.err()).doesNotContain(LEAKED);
    assertThat(paths).containsExactly("/range/" + PasswordHash.of(LEAKED).prefix());
  }

  @Test
  void anUnknownPasswordIsNotFoundInGerman() {
    CliTest.Run r = CliTest.run(stdin("an unlisted one\r\n"), "check-password", "--stdin", "--language", "de",
        "--endpoint", endpoint());
    assertThat(r.status()).isEqualTo(ShieldCommand.CLEAN);
    assertThat(r.out()).contains("Not found").contains("nicht gefunden").contains("Zwei-Faktor");
  }

  @Test
  void thePasswordIsNeverTakenFromTheCommandLine() {
    CliTest.Run r = CliTest.run(stdin(""), "check-password", LEAKED);
    assertThat(r.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(paths).isEmpty();
    CliTest.Run noConsole = CliTest.run(stdin(LEAKED), "check-password", "--endpoint", endpoint());
    assertThat(noConsole.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(noConsole.err().strip()).isEqualTo("shield: check-password: no terminal to ask for the password "
        + "without echo; pipe it in with --stdin");
  }

  @Test
  void offlineFileAndUnreachableEndpointGiveOneLine() throws IOException {
    Path file = dir.resolve("pwned.txt");
    Files.writeString(file, "0000000000000000000000000000000000000000:1\n" + PasswordHash.of(LEAKED).hex() + ":7\n");
    CliTest.Run r = CliTest.run(stdin(LEAKED), "check-password", "--stdin", "--offline", file.toString());
    assertThat(r.out()).contains("Found 7 times").contains("nothing left this machine");
    server.stop(0);
    CliTest.Run offline = CliTest.run(stdin(LEAKED), "check-password", "--stdin", "--timeout", "2", "--endpoint",
        endpoint());
    assertThat(offline.status()).isEqualTo(ShieldCommand.USAGE);
    assertThat(offline.err().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("shield: check-password: cannot reach").doesNotContain(LEAKED));
  }

  @Test
  void explainChecksTheQuotedPasswordOnlyWhenAsked() throws IOException {
    Path mail = dir.resolve("scam.eml");
    Files.writeString(mail, CliTest.SEXTORTION.replace("I hacked your laptop",
        "I know your password is " + LEAKED + ". I hacked your laptop"));
    CliTest.Run plain = CliTest.run("explain", mail.toString(), "--endpoint", endpoint());
    assertThat(paths).isEmpty();
    assertThat(plain.out()).doesNotContain("data breaches:");
    CliTest.Run checked = CliTest.run("explain", "--check-password", "--endpoint", endpoint(), mail.toString());
    assertThat(checked.status()).isEqualTo(ShieldCommand.FOUND);
    assertThat(checked.out()).contains("appears 52 times in known data breaches").contains("t********7");
    assertThat(plain.out() + checked.out() + checked.err()).doesNotContain(LEAKED);
    CliTest.Run json = CliTest.run("scan", "--format", "json", mail.toString());
    assertThat(json.out()).doesNotContain(LEAKED).contains("t********7");
  }
}
