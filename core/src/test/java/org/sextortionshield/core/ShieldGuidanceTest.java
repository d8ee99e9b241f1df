package org.sextortionshield.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.advice.Advice;
import org.sextortionshield.core.json.VerdictJson;
import org.sextortionshield.core.password.BreachedPasswords;
import org.sextortionshield.core.password.PasswordHash;
import org.sextortionshield.core.verdict.Verdict;

/** Guidance through the engine: chosen from the real evidence, in the asked language, with the breach count. */
class ShieldGuidanceTest {
  private static final String CLEAR = "tulip-1987";

  /** A breach lookup that records what it was given and answers from a fixed table. */
  private static final class FakeBreaches implements BreachedPasswords {
    final List<PasswordHash> asked = new ArrayList<>();
    final long answer;

    FakeBreaches(long answer) {
      this.answer = answer;
    }

    @Override
    public long timesSeen(PasswordHash hash) {
      asked.add(hash);
      return answer;
    }

    @Override
    public String source() {
      return "test";
    }
  }

  @Test
  void webcamTemplateGetsPasswordAndBulkMailSteps() throws IOException {
    Verdict v = Shield.defaults().scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(v.advice()).extracting(Advice::key).startsWith("do-not-panic")
        .containsSubsequence("mass-mail", "do-not-pay", "do-not-reply", "keep-evidence", "change-quoted-password",
            "enable-2fa", "report")
        .doesNotContain("intimate-images-exist", "quoted-password-breached");
  }

  @Test
  void germanGuidanceWhenAsked() throws IOException {
    Verdict v = Shield.builder().language("de").build().scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(v.advice()).filteredOn(a -> a.key().equals("do-not-pay")).singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Zahlen Sie nicht"));
    assertThatThrownBy(() -> Shield.builder().language("xx")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx");
  }

  @Test
  void germanMailGetsGermanGuidanceByDefault() throws IOException {
    byte[] mail = Fixtures.message("From: x@example.net\nTo: lena@example.org\nSubject: Ihr Konto",
        "Ich habe Ihr Gerät gehackt und Sie über Ihre Webcam aufgenommen, während Sie Pornos angesehen haben. "
            + "Wenn Sie nicht 900 EUR in Bitcoin bezahlen, schicke ich das Video an alle Ihre Kontakte. "
            + "Sie haben 48 Stunden Zeit.");
    Verdict v = Shield.defaults().scan(mail);
    assertThat(v.isClean()).isFalse();
    assertThat(v.advice()).filteredOn(a -> a.key().equals("do-not-pay")).singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Zahlen Sie nicht"));
    Verdict english = Shield.builder().language("en").build().scan(mail);
    assertThat(english.advice()).extracting(Advice::key).isEqualTo(v.advice().stream().map(Advice::key).toList());
    assertThat(english.advice()).filteredOn(a -> a.key().equals("do-not-pay")).singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Don't pay"));
  }

  @Test
  void mailInALanguageWithoutGuidanceGetsEnglishNotTheRunnerUp() throws IOException {
    // mostly Czech cues (no Czech guidance), one German sentence: German guidance would be the wrong guess
    byte[] mail = Fixtures.message("From: x@example.net\nTo: jan@example.org\nSubject: Vas ucet",
        "Jsem profesionální hacker a získal jsem plný přístup k vašemu počítači. Můj program vás nahrál přes vaši "
            + "webkameru, když jste navštěvoval stránky pro dospělé. Pošlu toto video všem vašim kontaktům, přátelům "
            + "a kolegům. Pošlete částku 500 EUR na moji bitcoinovou adresu 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa. "
            + "Máte 48 hodin. P.S. Ich habe Ihr Gerät gehackt.");
    Verdict v = Shield.defaults().scan(mail);
    assertThat(v.isClean()).isFalse();
    assertThat(v.advice()).filteredOn(a -> a.key().equals("do-not-panic")).singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Don't panic"));
  }

  @Test
  void englishCuesGiveEnglishGuidanceByDefault() throws IOException {
    Verdict v = Shield.defaults().scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(v.advice()).filteredOn(a -> a.key().equals("do-not-pay")).singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Don't pay"));
  }

  @Test
  void quotedPasswordIsCheckedByHashAndTheCountReachesEvidenceAndGuidance() throws IOException {
    FakeBreaches breaches = new FakeBreaches(3861);
    Verdict v = Shield.builder().breachedPasswords(breaches).build().scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(breaches.asked).containsExactly(PasswordHash.of(CLEAR));
    assertThat(v.signals()).flatExtracting(s -> s.evidence()).anySatisfy(e -> assertThat(e.explanation())
        .contains("appears 3,861 times in known data breaches"));
    assertThat(v.advice()).filteredOn(a -> a.key().equals("quoted-password-breached")).singleElement()
        .satisfies(a -> assertThat(a.text()).contains("t********7").contains("3,861"));
    assertThat(VerdictJson.toJson("x", v)).doesNotContain(CLEAR);
  }

  @Test
  void aFailedLookupIsOneProblemLineWithoutThePassword() throws IOException {
    BreachedPasswords offline = new BreachedPasswords() {
      @Override
      public long timesSeen(PasswordHash hash) throws IOException {
        throw new IOException("cannot reach http://127.0.0.1:9");
      }

      @Override
      public String source() {
        return "test";
      }
    };
    Verdict v = Shield.builder().breachedPasswords(offline).build().scan(Fixtures.bytes("sextortion-en-webcam.eml"));
    assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p).contains("t********7")
        .contains("cannot reach").doesNotContain(CLEAR));
    assertThat(v.isClean()).isFalse();
  }

  @Test
  void aPasswordInTheSubjectIsMaskedThere() throws IOException {
    byte[] mail = Fixtures.message("From: a@example.net\nTo: b@example.org\nSubject: hunter-42 is your password",
        "I know your password is hunter-42. I recorded you through your webcam while you watched porn. "
            + "Pay 900 USD in Bitcoin or I will send the video to all your contacts.");
    Verdict v = Shield.defaults().scan(mail);
    assertThat(v.subject()).isEqualTo("h*******2 is your password");
    assertThat(VerdictJson.toJson("x", v)).doesNotContain("hunter-42");
  }
}
