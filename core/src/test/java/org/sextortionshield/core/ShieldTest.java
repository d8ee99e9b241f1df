package org.sextortionshield.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/** The whole pipeline on hand-written fixtures. */
class ShieldTest {
  @ParameterizedTest
  @CsvSource({
      "sextortion-en-webcam.eml, SEXTORTION",
      "sextortion-en-obfuscated.eml, SEXTORTION",
      "forwarded-sextortion.eml, SEXTORTION",
      "extortion-bomb.eml, EXTORTION",
      "clean-newsletter.eml, CLEAN",
      "clean-bitcoin-dev.eml, CLEAN",
      "clean-webcam-driver.eml, CLEAN",
      "clean-password-changed.eml, CLEAN",
      "broken-mime.eml, CLEAN"})
  void categories(String fixture, Category expected) throws IOException {
    assertThat(Shield.defaults().scan(Fixtures.bytes(fixture)).category()).isEqualTo(expected);
  }

  @Test
  void explainsASextortionMailCompletely() throws IOException {
    Verdict v = Shield.defaults().scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(v.score()).isGreaterThan(0.9);
    for (String id : new String[] {"hacked-device", "own-account-claim", "from-equals-to", "recording-claim",
        "intimate-claim", "exposure-threat", "ransom-demand", "payment-instructions", "deadline", "secrecy",
        "deletion-promise", "recipient-data"}) {
      assertThat(v.fired(id)).as(id).isTrue();
    }
    assertThat(v.indicators().amounts()).anyMatch(a -> a.currency().equals("USD") && a.value().intValue() == 1450);
    assertThat(v.indicators().deadlines()).anyMatch(d -> d.hours() == 48);
    assertThat(v.advice()).extracting(a -> a.key()).contains("do-not-pay", "change-quoted-password", "enable-2fa",
        "sender-forged");
  }

  @Test
  void aForwardedOriginalHasItsOwnVerdictAndMakesTheMessageAsBad() throws IOException {
    Verdict v = Shield.defaults().scan(Fixtures.bytes("forwarded-sextortion.eml"));
    assertThat(v.ownCategory()).isEqualTo(Category.CLEAN);
    assertThat(v.attached()).hasSize(1);
    assertThat(v.attached().get(0).category()).isEqualTo(Category.SEXTORTION);
    assertThat(v.attached().get(0).indicators().wallets()).isNotEmpty();
    assertThat(v.advice()).extracting(a -> a.key()).contains("do-not-pay");
  }

  @Test
  void extraTextSourcesAreSeenByEverySignal() throws IOException {
    Shield withPdfText = Shield.builder().addTextSource(m -> java.util.List.of(new org.sextortionshield.core.content
        .TextSource.Text("attachment:letter.pdf", "I recorded you through your webcam while you were watching porn. "
        + "I will send the video to all your contacts unless you pay 500 USD in Bitcoin."))).build();
    Verdict v = withPdfText.scan(Fixtures.message("Subject: see attachment", "Please read the attached letter."));
    assertThat(v.category()).isEqualTo(Category.SEXTORTION);
    assertThat(v.signals()).flatExtracting(s -> s.evidence()).extracting(e -> e.location())
        .contains("attachment:letter.pdf");
  }

  @Test
  void thresholdIsValidated() {
    assertThatThrownBy(() -> Shield.builder().threshold(1.5)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> Shield.builder().threshold(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
