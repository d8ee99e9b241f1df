package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {
  private static List<String> terms(String body) {
    return terms("To: Jane Doe <jane.doe@example.org>", body);
  }

  private static List<String> terms(String headers, String body) {
    FeatureExtractor extractor = new FeatureExtractor(TestModels.CONFIG);
    List<String> out = new ArrayList<>();
    for (Terms t : extractor.terms(TestModels.content(headers + "\nSubject: s", body))) {
      if (t.segment().location().equals("subject")) {
        continue;
      }
      for (int i = 0; i < t.size(); i++) {
        out.add(t.term(i));
      }
    }
    return out;
  }

  @Test
  void whatScamsVaryBecomesPlaceholders() {
    assertThat(terms("Pay $1,450.00 now")).containsExactly("pay", "<currency>", "<number>", "now");
    assertThat(terms("Pay 2.000,50 EUR by 12/05/2024")).containsExactly("pay", "<number>", "eur", "by", "<number>");
    assertThat(terms("to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT today")).containsExactly("to", "<code>", "today");
    assertThat(terms("see https://evil.example/x?y=1 or www.example.com"))
        .containsExactly("see", "<url>", "or", "<url>");
    assertThat(terms("write to someone@mail.example.net")).containsExactly("write", "to", "<email>");
    assertThat(terms("within 48h, b1tc0in")).containsExactly("within", "#h", "b#tc#in");
  }

  /** Hostile input: each chunk looked for '@' up to the end of the text, so long texts without one were quadratic. */
  @Test
  void anAddressIsAChunkOfItsOwn() {
    assertThat(terms("write to a.b then x@y.z and w@ then .q")).containsExactly("write", "to", "a", "b", "then",
        "<email>", "and", "w", "then", "q");
    assertThat(terms("no at sign " + "word ".repeat(1000) + "x@y.z")).hasSize(3 + 1000 + 1).endsWith("<email>");
    // the chunk's first '@' decides; a link mark counts only with both slashes in the chunk, to the text's end
    assertThat(terms("@x.yz a@b@c.d x@.y")).containsExactly("x", "yz", "<email>", "x", "y");
    assertThat(terms("a:/ /b then c:// and d://")).containsExactly("a", "b", "then", "<url>", "and", "<url>");
  }

  @Test
  void theRecipientsNameIsAPlaceholder() {
    assertThat(terms("Hello Jane, hello doe.")).containsExactly("hello", "<name>", "hello", "<name>");
    assertThat(terms("To: someone@example.org", "Hello Jane")).containsExactly("hello", "jane");
  }

  @Test
  void readsTheEnginesNormalisedText() {
    // Cyrillic look-alikes and case are folded before the model sees a word.
    assertThat(terms("Y\u043eur W\u0435bcam")).containsExactly("your", "webcam");
  }

  @Test
  void quotesWhatTheSenderWrote() {
    FeatureExtractor extractor = new FeatureExtractor(TestModels.CONFIG);
    Terms body = extractor.terms(TestModels.content("Subject: s", "I saw your WEBCAM video")).get(1);
    assertThat(body.quote(3, 5)).isEqualTo("WEBCAM video");
  }

  @Test
  void theTermBudgetBoundsHugeMessages() {
    String huge = "word ".repeat(10_000);
    FeatureExtractor extractor = new FeatureExtractor(new FeatureConfig(16, 2, 3, 5, 100));
    int total = 0;
    for (Terms t : extractor.terms(TestModels.content("Subject: s", huge))) {
      total += t.size();
    }
    assertThat(total).isEqualTo(100);
    assertThat(Terms.isPlaceholder(Terms.NUMBER)).isTrue();
    assertThat(Set.of(Terms.NUMBER, Terms.CODE, Terms.URL)).allMatch(Terms::isPlaceholder);
  }

  @Test
  void onlyTheChunkItselfDecidesWhetherItIsAnAddress() {
    assertThat(terms("mail me. at once, a@b.example")).containsExactly("mail", "me", "at", "once", "<email>");
    assertThat(terms("x@ y .z")).containsExactly("x", "y", "z");
  }
}
