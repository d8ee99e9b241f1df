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

  /** The model is asked where it can decide something (see Combiner#asks), and only there. */
  @Test
  void theModelIsAskedOnlyWhereItCanChangeTheCategory() throws IOException {
    Shield shield = Shield.defaults();
    Verdict scam = shield.scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(scam.model()).isNotNull();
    assertThat(scam.score()).isGreaterThanOrEqualTo(scam.model().probability());
    Verdict newsletter = shield.scan(Fixtures.bytes("clean-newsletter.eml"));
    assertThat(newsletter.signals()).noneMatch(s -> s.facet() == org.sextortionshield.core.signal.Facet.DEMAND);
    assertThat(newsletter.model()).isNull();
    assertThat(newsletter.score()).isEqualTo(newsletter.rulesScore());
    assertThat(newsletter.decidedBy()).isEqualTo(org.sextortionshield.core.verdict.Combiner.Basis.RULES);
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
  void judgingAnAnalysisGivesTheVerdictOfAScan() throws IOException {
    Shield shield = Shield.defaults();
    for (String fixture : new String[] {"forwarded-sextortion.eml", "sextortion-en-webcam.eml"}) {
      var parsed = new org.sextortionshield.core.mail.MailParser().parse(Fixtures.bytes(fixture));
      assertThat(org.sextortionshield.core.json.VerdictJson.toJson(fixture, shield.judge(shield.analyse(parsed))))
          .isEqualTo(org.sextortionshield.core.json.VerdictJson.toJson(fixture, shield.scan(parsed)));
    }
  }

  /** Found by fuzzing: a password quoted by one forwarded original showed in clear in another's subject. */
  @Test
  void aPasswordQuotedInOneForwardIsMaskedInEveryOther() throws IOException {
    String quoting = "From: x@scam.example\r\nTo: victim@example.org\r\nSubject: hello\r\n\r\n"
        + "Your password is Kx7!pelican. I recorded you through your webcam. Pay $900 in Bitcoin within 48 hours.\r\n";
    String other = "From: y@example.net\r\nTo: victim@example.org\r\nSubject: about Kx7!pelican\r\n\r\n"
        + "Kx7!pelican is what they wrote to me too.\r\n";
    String mail = "From: victim@example.org\r\nTo: helpdesk@example.org\r\nSubject: two odd mails\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        + "--b\r\nContent-Type: message/rfc822\r\n\r\n" + quoting
        + "--b\r\nContent-Type: message/rfc822\r\n\r\n" + other + "--b--\r\n";

    Verdict v = Shield.defaults().scan(mail.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(v.attached()).hasSize(2);
    assertThat(v.attached().get(0).signals()).flatExtracting(sig -> sig.evidence()).extracting(e -> e.secret())
        .contains("Kx7!pelican"); // found as a quoted password in the first forward only
    String json = org.sextortionshield.core.json.VerdictJson.toJson("mail.eml", v);
    assertThat(json).doesNotContain("Kx7!pelican").contains("about K*********n");
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
