package org.sextortionshield.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextortionshield.milter.client.MilterClient;

class HttpEndpointTest {
  private static HttpResponse<String> get(HttpEndpoint http, String path) throws IOException, InterruptedException {
    InetSocketAddress a = http.address();
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.getPort()
        + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsOkWhileTheEngineAnswersAndMetricsCountMessages() throws Exception {
    try (TestMilter milter = TestMilter.start();
        HttpEndpoint http = HttpEndpoint.start(new InetSocketAddress("127.0.0.1", 0), milter.server, milter.log::add)) {
      try (MilterClient mta = milter.client()) {
        mta.send(null, "<a@example.net>", List.of("<b@example.com>"), MilterServerTest.SEXTORTION);
        mta.send(null, "<a@example.net>", List.of("<b@example.com>"), MilterServerTest.CLEAN);
      }
      milter.messageLines(2);
      HttpResponse<String> health = get(http, "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).startsWith("ok socket=inet:").contains("engine_ms=", "connections=");
      HttpResponse<String> metrics = get(http, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("text/plain"));
      assertThat(metrics.body()).contains(
          "shield_milter_messages_total{verdict=\"clean\",action=\"tag\"} 1",
          "shield_milter_messages_total{verdict=\"sextortion\",action=\"quarantine\"} 1",
          "shield_milter_latency_seconds_count 2",
          "shield_milter_latency_seconds_bucket{le=\"+Inf\"} 2",
          "# TYPE shield_milter_latency_seconds histogram");
    }
  }

  @Test
  void healthFailsWhenTheEngineFails() throws Exception {
    MessageScanner broken = m -> {
      throw new IllegalStateException("broken");
    };
    try (TestMilter milter = new TestMilter(broken);
        HttpEndpoint http = HttpEndpoint.start(new InetSocketAddress("127.0.0.1", 0), milter.server, milter.log::add)) {
      HttpResponse<String> health = get(http, "/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).startsWith("unhealthy: engine engine-error");
      milter.server.close();
      assertThat(get(http, "/health").body()).startsWith("unhealthy: milter socket closed");
    }
  }
}
