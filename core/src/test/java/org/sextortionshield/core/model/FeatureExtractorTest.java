package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private final FeatureExtractor extractor = new FeatureExtractor(TestModels.CONFIG);

  private FeatureVector features(String headers, String body, List<String> signals) {
    return extractor.extract(TestModels.content(headers, body), signals);
  }

  private static String dump(FeatureVector v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      b.append(v.index(i)).append('=').append(v.value(i)).append(' ');
    }
    return b.toString();
  }

  @Test
  void twoMailsOfOneTemplateGetTheSameFeatures() {
    FeatureVector a = features("To: tom@example.org\nSubject: Hi", "Hi tom, pay $950 to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT"
        + " in 48 hours, see https://a.example/1", List.of());
    FeatureVector b = features("To: ann@example.net\nSubject: Hi", "Hi ann, pay $1,200 to bc1qar0srrr7xfkvy5l643lydnw9re59"
        + "gtzzwf5mdq in 24 hours, see http://b.example/zz", List.of());
    assertThat(dump(a)).isEqualTo(dump(b));
  }

  @Test
  void indicesAscendAndEachTextBlockHasUnitLength() {
    FeatureVector v = features("Subject: s", "the camera the camera recorded you", List.of("deadline"));
    for (int i = 1; i < v.size(); i++) {
      assertThat(v.index(i)).isGreaterThan(v.index(i - 1));
    }
    double sum = 0;
    for (int i = 0; i < v.size(); i++) {
      sum += v.value(i) * v.value(i);
    }
    // words (unit) + letters (unit) + one signal (1): about 3, give or take bucket collisions between blocks.
    assertThat(sum).isBetween(2.9, 3.1);
  }

  @Test
  void signalsAreFeaturesToo() {
    FeatureVector without = features("Subject: s", "hello", List.of());
    FeatureVector one = features("Subject: s", "hello", List.of("payment-instructions"));
    FeatureVector two = features("Subject: s", "hello", List.of("payment-instructions", "deadline"));
    assertThat(one.size()).isEqualTo(without.size() + 1);
    assertThat(two.size()).isEqualTo(without.size() + 3); // each signal, and the pair
  }

  @Test
  void hiddenHtmlTextIsNotRead() {
    String html = "Subject: s\nContent-Type: text/html; charset=utf-8";
    FeatureVector visible = extractor.extract(TestModels.content(html, "<p>hello there</p>"), List.of());
    FeatureVector hidden = extractor.extract(
        TestModels.content(html, "<p>hello there</p><div style=\"display:none\">webcam bitcoin video</div>"),
        List.of());
    assertThat(dump(hidden)).isEqualTo(dump(visible));
  }
}
