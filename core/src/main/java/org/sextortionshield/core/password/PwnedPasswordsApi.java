package org.sextortionshield.core.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Have I Been Pwned's Pwned Passwords range API with k-anonymity: only the first five hex characters of the SHA-1
 * leave the machine ({@code GET {endpoint}/range/{prefix}}); the answer lists every known suffix with that prefix as
 * {@code SUFFIX:COUNT} lines, and the match is made here. {@code Add-Padding: true} asks for padding lines (count 0)
 * so the answer's size says nothing about the prefix.
 */
public final class PwnedPasswordsApi implements BreachedPasswords {
  public static final URI DEFAULT_ENDPOINT = URI.create("https://api.pwnedpasswords.com");
  /** A real range has about a thousand lines; anything far larger is not the API talking. */
  private static final int MAX_LINES = 100_000;
  private final URI endpoint;
  private final Duration timeout;
  private final HttpClient http;

  public PwnedPasswordsApi(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public static PwnedPasswordsApi defaults() {
    return new PwnedPasswordsApi(DEFAULT_ENDPOINT, Duration.ofSeconds(10));
  }

  @Override
  public String source() {
    return "Have I Been Pwned (" + endpoint + ")";
  }

  /** The request for one prefix; public so tests can see exactly what leaves the machine. */
  public HttpRequest request(String prefix) {
    String base = endpoint.toString();
    String slash = base.endsWith("/") ? "" : "/";
    return HttpRequest.newBuilder(URI.create(base + slash + "range/" + prefix))
        .timeout(timeout)
        .header("Add-Padding", "true")
        .header("User-Agent", "sextortion-shield")
        .GET()
        .build();
  }

  @Override
  public long timesSeen(PasswordHash hash) throws IOException {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request(hash.prefix()), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new IOException("cannot reach " + endpoint + " (offline? use --offline FILE with a downloaded list)");
    } catch (HttpTimeoutException e) {
      throw new IOException(endpoint + " did not answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + endpoint);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("cannot ask " + endpoint + ": " + oneLine(e));
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(endpoint + " answered HTTP " + response.statusCode());
      }
      return match(body, hash.suffix());
    }
  }

  /** The count on the line whose suffix matches; padding lines (count 0) and absent suffixes give 0. */
  static long match(InputStream body, String suffix) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.US_ASCII));
    String line;
    int lines = 0;
    while ((line = reader.readLine()) != null) {
      if (++lines > MAX_LINES) {
        throw new IOException("the answer is far longer than a Pwned Passwords range");
      }
      int colon = line.indexOf(':');
      if (colon != suffix.length()) {
        if (line.isBlank()) {
          continue;
        }
        throw new IOException("unexpected line in the answer (expected SUFFIX:COUNT)");
      }
      if (line.regionMatches(true, 0, suffix, 0, suffix.length())) {
        try {
          return Long.parseLong(line.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
          throw new IOException("unreadable count in the answer");
        }
      }
    }
    return 0;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ').replace('\r', ' ');
  }
}
