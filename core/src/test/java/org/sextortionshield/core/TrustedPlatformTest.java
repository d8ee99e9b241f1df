package org.sextortionshield.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.platform.PlatformRegistry;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Genuine notifications of trusted platforms (src/test/resources/mail/platform, written for these tests: clean) and
 * the same notifications carrying a stranger's sextortion text (abused: sextortion), whatever their authentication.
 */
class TrustedPlatformTest {
  private static final String[] ALL = {"mc-genuine-en", "mc-genuine-de", "sharepoint-genuine", "gdocs-genuine",
      "gcal-genuine", "paypal-invoice-genuine", "docusign-genuine", "elastic-genuine", "mc-abused-en-1047",
      "mc-abused-en-1047-wallet", "mc-abused-en-2500", "mc-abused-en-2500-wallet", "sharepoint-abused",
      "gdocs-abused", "gcal-abused", "paypal-invoice-abused", "docusign-abused", "elastic-abused"};

  private static Verdict scan(String fixture) throws IOException {
    return Shield.defaults().scan(Fixtures.bytes("platform/" + fixture + ".eml"));
  }

  private static SignalResult abuse(Verdict v) {
    return v.signals().stream().filter(s -> s.id().equals("trusted-platform-abuse")).findFirst().orElse(null);
  }

  @ParameterizedTest
  @CsvSource({"mc-genuine-en, microsoft-message-center", "mc-genuine-de, microsoft-message-center",
      "sharepoint-genuine, microsoft-sharepoint-sharing", "gdocs-genuine, google-docs-share",
      "gcal-genuine, google-calendar-invitation", "paypal-invoice-genuine, paypal-invoice",
      "docusign-genuine, docusign-envelope", "elastic-genuine, elastic-alert"})
  void genuineNotificationsAreRecognisedAndClean(String fixture, String platform) throws IOException {
    PlatformRegistry.Match match = PlatformRegistry.defaults()
        .match(new MailParser().parse(Fixtures.bytes("platform/" + fixture + ".eml")));
    assertThat(match.template().id()).isEqualTo(platform);
    assertThat(match.payload()).isNotBlank().hasSizeLessThan(200);
    Verdict v = scan(fixture);
    assertThat(v.category()).isEqualTo(Category.CLEAN);
    assertThat(abuse(v)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"mc-abused-en-1047, microsoft-message-center", "mc-abused-en-1047-wallet, microsoft-message-center",
      "mc-abused-en-2500, microsoft-message-center", "mc-abused-en-2500-wallet, microsoft-message-center",
      "sharepoint-abused, microsoft-sharepoint-sharing", "gdocs-abused, google-docs-share",
      "gcal-abused, google-calendar-invitation", "paypal-invoice-abused, paypal-invoice",
      "docusign-abused, docusign-envelope", "elastic-abused, elastic-alert"})
  void abusedNotificationsAreSextortion(String fixture, String platform) throws IOException {
    Verdict v = scan(fixture);
    assertThat(v.category()).isEqualTo(Category.SEXTORTION);
    assertThat(abuse(v).evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.location())
        .isEqualTo("platform:" + platform));
    // the content signals read the payload too: the sexual claim is quoted from the platform field
    assertThat(v.signals()).filteredOn(s -> s.id().equals("recording-claim") || s.id().equals("intimate-claim"))
        .flatExtracting(SignalResult::evidence).extracting(Evidence::location).isNotEmpty();
    assertThat(v.advice()).extracting(a -> a.key()).contains("trusted-platform");
  }

  @ParameterizedTest
  @CsvSource({"mc-abused-en-1047, '1,047'", "mc-abused-en-1047-wallet, '1,047'", "mc-abused-en-2500, '2,500'",
      "mc-abused-en-2500-wallet, '2,500'"})
  void messageCenterPersonalMessagesLongerThanTheLimit(String fixture, String length) throws IOException {
    SignalResult s = abuse(scan(fixture));
    assertThat(s.evidence()).extracting(Evidence::explanation).anyMatch(e -> e.contains(" is " + length
        + " characters long; the platform allows 1,000"));
    boolean wallet = fixture.endsWith("wallet");
    assertThat(s.evidence()).extracting(Evidence::quote).contains("installed malware on your")
        .matches(q -> q.contains("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") == wallet);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mc-abused-de-1047", "mc-abused-de-1047-wallet", "mc-abused-de-2500",
      "mc-abused-de-2500-wallet"})
  void germanPersonalMessagesAreSextortion(String fixture) throws IOException {
    SignalResult s = abuse(scan(fixture));
    assertThat(s.evidence()).extracting(Evidence::explanation).anyMatch(e -> e.contains("characters long"));
    if (fixture.endsWith("wallet")) {
      assertThat(s.evidence()).extracting(Evidence::quote).contains("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    }
    assumeTrue(Lexicon.defaults().languages().containsKey("de"), "the German cue lexicon is not on this branch");
    assertThat(scan(fixture).category()).isEqualTo(Category.SEXTORTION);
  }

  @Test
  void passingAuthenticationNeverLowersAVerdict() throws IOException {
    for (String fixture : ALL) {
      String raw = new String(Fixtures.bytes("platform/" + fixture + ".eml"), StandardCharsets.UTF_8);
      assertThat(raw).as(fixture).contains("dmarc=pass");
      Verdict passing = Shield.defaults().scan(raw.getBytes(StandardCharsets.UTF_8));
      Verdict none = Shield.defaults().scan(withoutHeader(raw, "Authentication-Results").getBytes(
          StandardCharsets.UTF_8));
      Verdict failing = Shield.defaults().scan(raw.replace("=pass", "=fail").getBytes(StandardCharsets.UTF_8));
      assertThat(passing.category()).as(fixture).isEqualTo(none.category());
      assertThat(passing.score()).as(fixture).isGreaterThanOrEqualTo(none.score());
      assertThat(Verdict.worse(failing.category(), passing.category())).as(fixture).isEqualTo(failing.category());
      assertThat(failing.score()).as(fixture).isGreaterThanOrEqualTo(passing.score());
      assertThat(failing.fired("authentication-failure")).as(fixture).isTrue();
    }
  }

  /** The message without any {@code name:} header (with its folded continuation lines). */
  private static String withoutHeader(String raw, String name) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    boolean inHeader = true;
    for (String line : raw.split("\n", -1)) {
      if (inHeader && line.isEmpty()) {
        inHeader = false;
      }
      if (inHeader && line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        skipping = true;
        continue;
      }
      if (skipping && (line.startsWith(" ") || line.startsWith("\t"))) {
        continue;
      }
      skipping = false;
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
