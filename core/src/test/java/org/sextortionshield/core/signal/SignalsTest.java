package org.sextortionshield.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Verdict;

/** Each signal fires on its trait, quotes the sender's words, and stays quiet on ordinary mail. */
class SignalsTest {
  private static Verdict scan(String headers, String body) throws IOException {
    return Shield.defaults().scan(Fixtures.message(headers, body));
  }

  private static Verdict scan(String body) throws IOException {
    return scan("From: x@example.net\nTo: y@example.org\nSubject: hi", body);
  }

  private static SignalResult signal(Verdict v, String id) {
    return v.signals().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void cueSignalsQuoteTheSendersWords() throws IOException {
    Verdict v = scan("I hacked your computer. I recorded you through your webcam while you were masturbating.\n"
        + "I will send the video to all your contacts.\nDon't tell the police.\n"
        + "After the payment I will delete the video.");
    assertThat(signal(v, "hacked-device").evidence().get(0).quote()).isEqualTo("I hacked your");
    assertThat(signal(v, "recording-claim")).isNotNull();
    assertThat(signal(v, "intimate-claim")).isNotNull();
    assertThat(signal(v, "exposure-threat").evidence().get(0).quote())
        .isEqualTo("I will send the video to all your contacts");
    assertThat(signal(v, "secrecy")).isNotNull();
    assertThat(signal(v, "deletion-promise")).isNotNull();
    Evidence e = signal(v, "hacked-device").evidence().get(0);
    assertThat(e.context()).isEqualTo("I hacked your computer.");
    assertThat(e.location()).isEqualTo("body");
  }

  @Test
  void aSingleTopicWordIsNotAClaim() throws IOException {
    Verdict one = scan("The pedophile in that novel is the villain.");
    assertThat(signal(one, "intimate-claim")).isNull();
    Verdict two = scan("The pedophile watched porn websites.");
    assertThat(signal(two, "intimate-claim")).isNotNull();
  }

  @Test
  void ransomNeedsAnAmountInADemand() throws IOException {
    assertThat(signal(scan("The conference fee is $450."), "ransom-demand")).isNull();
    SignalResult r = signal(scan("You have to pay me $1,450 in Bitcoin."), "ransom-demand");
    assertThat(r.evidence().get(0).quote()).isEqualTo("$1,450");
    assertThat(r.evidence().get(0).explanation()).contains("1450 USD");
  }

  @Test
  void paymentInstructionsFromAValidWalletAlone() throws IOException {
    SignalResult p = signal(scan("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), "payment-instructions");
    assertThat(p.evidence().get(0).explanation()).contains("valid checksum");
    assertThat(signal(scan("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"), "payment-instructions")).isNull();
  }

  /**
   * Found by auditing: two plain-text parts were both "body", and the wallet of the second was quoted from the first
   * at its offsets. Now the second is "body#2".
   */
  @Test
  void indicatorsInTheSecondOfTwoLikeNamedPartsAreQuotedFromIt() throws IOException {
    String first = "Hi there, this is a perfectly ordinary first paragraph about the weekend and the weather.";
    String second = "Pay 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours.";
    byte[] mail = ("From: x@example.net\nTo: y@example.org\nSubject: hi\nContent-Type: multipart/mixed; boundary=B\n\n"
        + "--B\nContent-Type: text/plain\n\n" + first + "\n--B\nContent-Type: text/plain\n\n" + second + "\n--B--\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Verdict v = Shield.defaults().scan(mail);
    assertThat(signal(v, "payment-instructions").evidence().get(0)).satisfies(e -> {
      assertThat(e.location()).isEqualTo("body#2");
      assertThat(e.quote()).isEqualTo("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
      assertThat(e.context()).contains("Pay 0.1 BTC");
    });
    assertThat(signal(v, "deadline").evidence().get(0).context()).contains("within 48 hours");
    assertThat(v.indicators().wallets().get(0).location()).isEqualTo("body#2");
    assertThat(v.indicators().wallets().get(0).foundIn()).isEqualTo("body");
  }

  @Test
  void deadlineNeedsATimeLimitNotJustUrgentWords() throws IOException {
    assertThat(signal(scan("Please reply tomorrow, it is urgent."), "deadline")).isNull();
    assertThat(signal(scan("You have 48 hours to pay."), "deadline").evidence().get(0).explanation())
        .contains("48 hours");
  }

  @Test
  void quotedPasswordsAreMasked() throws IOException {
    SignalResult r = signal(scan("I know your password is: Tulip-1987! so listen."), "recipient-data");
    Evidence e = r.evidence().get(0);
    assertThat(e.quote()).contains("T********7").doesNotContain("Tulip-1987");
    assertThat(e.context()).doesNotContain("Tulip-1987");
    assertThat(e.secret()).isEqualTo("Tulip-1987");
    assertThat(e.toString()).doesNotContain("Tulip-1987");
    assertThat(RecipientDataSignal.mask("ab")).isEqualTo("**");
    // an emoji at either end stays whole (half a surrogate pair printed as '?')
    assertThat(RecipientDataSignal.mask("\uD83D\uDE00pass1\uD83D\uDE00")).isEqualTo("\uD83D\uDE00*****\uD83D\uDE00");
    assertThat(RecipientDataSignal.mask("\uD83D\uDE00\uD83D\uDE00")).isEqualTo("**");
  }

  /**
   * Found by fuzzing: "is[abc1]" and "[abc1]" were both quoted as passwords, and the shorter one was masked in its own
   * evidence before the longer one could be, so one verdict showed the same words masked two ways.
   */
  @Test
  void overlappingPasswordsAreMaskedAlikeInEveryQuote() throws IOException {
    String body = "I know your password is[abc1] and you know is[abc1] is your password. Pay now.";
    SignalResult r = signal(scan(body), "recipient-data");
    assertThat(r.evidence()).hasSizeGreaterThan(1).allSatisfy(e -> {
      assertThat(e.quote()).isEqualTo(org.sextortionshield.core.Secrets.mask(body.substring(e.start(), e.end()),
          java.util.Set.of("is[abc1]", "[abc1]"))).contains("i******]").doesNotContain("abc1");
      assertThat(e.context()).doesNotContain("abc1");
    });
  }

  /**
   * Found probing the fuzz invariant: "a**b" was taken for a quoted password, and its mask is itself, so the
   * password showed in clear. A password the mail shows masked already is a claim to know it; one masked in part is
   * still quoted.
   */
  @Test
  void aPasswordShownMaskedAlreadyIsAClaimNotAQuote() throws IOException {
    for (String shown : new String[] {"a**b", "h******2", "****", "\uD83D\uDE00**\uD83D\uDE00"}) {
      SignalResult r = signal(scan("I know your password is: " + shown + " so pay."), "recipient-data");
      assertThat(r.evidence()).singleElement().satisfies(e -> {
        assertThat(e.secret()).isNull();
        assertThat(e.explanation()).isEqualTo("claims to know your password");
      });
    }
    SignalResult partly = signal(scan("I know your password is: hu****22 so pay."), "recipient-data");
    assertThat(partly.evidence().get(0).secret()).isEqualTo("hu****22");
    assertThat(partly.evidence().get(0).quote()).contains("h******2").doesNotContain("hu****22");
  }

  /**
   * Found by auditing: each linking word before "your password" was one more level of recursion, so 5,000 of them
   * ("is is is … is your password") overflowed the stack. Now at most two are skipped.
   */
  @Test
  void aPasswordBeforeTheCueSkipsAtMostTwoLinkingWords() throws IOException {
    assertThat(signal(scan("Listen: hunter-22\nis is your password is it not"), "recipient-data").evidence().get(0)
        .secret()).isEqualTo("hunter-22");
    SignalResult many = signal(scan("hunter-22 " + "is ".repeat(20_000) + "your password is"), "recipient-data");
    assertThat(many.evidence()).singleElement().satisfies(e -> assertThat(e.secret()).isNull());
  }

  /** The classic wording has the password inside the cue; it was printed in clear as a mere claim. */
  @Test
  void aPasswordInsideTheCueIsQuotedAndMasked() throws IOException {
    for (String body : new String[] {"I know that hunter-22 is your password. Pay.",
        "Je sais que hunter-22 est ton mot de passe. Paie.", "Ich weiß, hunter-22 ist dein Passwort. Zahle."}) {
      Evidence e = signal(scan(body), "recipient-data").evidence().get(0);
      assertThat(e.secret()).as(body).isEqualTo("hunter-22");
      assertThat(e.quote()).contains("h*******2").doesNotContain("hunter-22");
    }
    // found in review: the same shape where fewer words follow the password
    for (String body : new String[] {"Your password hunter-22 was leaked. Pay.", "Your password, hunter-22, is known.",
        "The password hunter-22 was intercepted by my software."}) {
      Evidence e = signal(scan(body), "recipient-data").evidence().get(0);
      assertThat(e.secret()).as(body).isEqualTo("hunter-22");
      assertThat(e.context()).doesNotContain("hunter-22");
    }
    // found in review: a number in the cue's gap was taken, and the password the cue introduces shown in clear
    Evidence stolen = signal(scan("I have stolen 1,234 of your passwords: hunter-22. Pay."), "recipient-data")
        .evidence().get(0);
    assertThat(stolen.secret()).isEqualTo("hunter-22");
    assertThat(stolen.context()).doesNotContain("hunter-22");
    for (String body : new String[] {"I know that Sunshine is your password.", "J'ai votre mot de passe.",
        "Eu sei que esta é a sua palavra-passe.", "I have stolen 1234 of your passwords."}) {
      SignalResult r = signal(scan(body), "recipient-data");
      assertThat(r.evidence()).as(body).singleElement().satisfies(e -> assertThat(e.secret()).isNull());
    }
  }

  @Test
  void evidenceNeverPrintsItsSecretInClear() {
    Evidence e = new Evidence("body", "your password is Tulip-1987", "It is Tulip-1987.", "quotes a password", 0, 27,
        "Tulip-1987");
    assertThat(e.toString()).contains("T********7").doesNotContain("Tulip-1987");
  }

  /**
   * Found by fuzzing: an address (or what was left of one) after a password cue was masked as the password, yet
   * listed in clear as an e-mail or recipient.
   */
  @Test
  void theAccountAfterAPasswordCueIsNotThePassword() throws IOException {
    for (String account : new String[] {"lee.chen@example.org", "https://example.org/login", "www.example.org",
        "lee.chen@", "@example.org"}) {
      Verdict v = scan("From: x@example.net\nTo: lee.chen@example.org\nSubject: changed",
          "The password for your account " + account + " was changed on 20 July.");
      SignalResult r = signal(v, "recipient-data");
      if (r != null) {
        assertThat(r.evidence()).allSatisfy(e -> assertThat(e.secret()).isNull());
      }
      assertThat(org.sextortionshield.core.json.VerdictJson.toJson("x", v)).doesNotContain("*****");
    }
    SignalResult real = signal(scan("Your password is: kim@1987! I know it."), "recipient-data");
    assertThat(real.evidence().get(0).secret()).isEqualTo("kim@1987");
  }

  @Test
  void recipientAddressInTheOpeningOrItsNameInTheSubject() throws IOException {
    Verdict v = scan("From: x@example.net\nTo: Kim Park <kim.park@example.org>\nSubject: kim.park was hacked",
        "Hello kim.park@example.org, bad news.");
    assertThat(signal(v, "recipient-data").evidence()).extracting(Evidence::location).contains("body");
    Verdict footer = scan("From: n@news.example\nTo: kim@example.org\nSubject: News",
        "Long newsletter. ".repeat(100) + "You subscribed as kim@example.org.");
    assertThat(signal(footer, "recipient-data")).isNull();
    Verdict list = scan("From: a@example.net\nTo: dev@lists.example.org\nSubject: Re: [dev] dev meeting\n"
        + "List-Id: <dev.lists.example.org>", "See you at the dev meeting.");
    assertThat(signal(list, "recipient-data")).isNull();
  }

  /**
   * The address counts when it starts within the opening 1,000 characters of a body, even when its '@' lies past
   * them; an '@' elsewhere before it changes nothing. (The search starts from where the text's first '@' is.)
   */
  @Test
  void recipientAddressStartingJustInsideTheOpeningCounts() throws IOException {
    String to = "From: x@example.net\nTo: kimberly.parkinson@example.org\nSubject: News";
    String address = "kimberly.parkinson@example.org";
    for (int at : new int[] {0, 990, 999, 1000, 1500}) {
      String body = "w".repeat(Math.max(0, at - 1)) + (at > 0 ? " " : "") + address + " is yours.";
      SignalResult r = signal(scan(to, body), "recipient-data");
      if (at < 1000) {
        assertThat(r).as("address at %d", at).isNotNull();
        assertThat(r.evidence().get(0).start()).isEqualTo(at);
      } else {
        assertThat(r).as("address at %d", at).isNull();
      }
    }
    String otherFirst = "Write to help@example.net today. " + "w".repeat(960) + " " + address + " is yours.";
    assertThat(signal(scan(to, otherFirst), "recipient-data").evidence().get(0).start())
        .isEqualTo(otherFirst.indexOf(address));
    assertThat(signal(scan(to, "No address of yours here, only help@example.net."), "recipient-data")).isNull();
  }

  /** "İ" lower-cases to two chars: the address was found at an offset past the one it has in the subject. */
  @Test
  void theAddressInASubjectWithADottedCapitalIIsQuotedAsWritten() throws IOException {
    Verdict v = scan("From: x@example.net\nTo: kim.park@example.org\nSubject: İİİ İSTANBUL kim.park@example.org",
        "Hello.");
    Evidence e = signal(v, "recipient-data").evidence().get(0);
    assertThat(e.quote()).isEqualTo("kim.park@example.org");
    assertThat(v.subject().substring(e.start(), e.end())).isEqualTo("kim.park@example.org");
  }

  @Test
  void fromEqualsToButNotAListRewritingFrom() throws IOException {
    assertThat(signal(scan("From: me@example.org\nTo: me@example.org\nSubject: x", "hi"), "from-equals-to"))
        .isNotNull();
    assertThat(signal(scan("From: \"Jo via dev\" <dev@lists.example.org>\nTo: dev@lists.example.org\nSubject: x",
        "hi"), "from-equals-to")).isNull();
  }

  /** Found by fuzzing: hidden text starting with white space was quoted stripped, at the offsets of the unstripped. */
  @Test
  void hiddenTextEvidenceQuotesTheOriginalAtItsOffsets() throws IOException {
    Verdict v = Shield.defaults().scan(Fixtures.bytes("../org/sextortionshield/core/fuzz/MessageFuzzTestInputs/scan/"
        + "hidden-text-leading-space.eml"));
    Evidence e = signal(v, "obfuscation").evidence().get(0);
    assertThat(e.location()).isEqualTo("html-hidden");
    assertThat(e.quote()).startsWith("these hidden words").endsWith("…").hasSize(81);
    assertThat(e.end() - e.start()).isEqualTo(80);
    assertThat(e.start()).isGreaterThan(0);
  }

  @Test
  void obfuscationNeedsMixedWordsOrHiddenText() throws IOException {
    assertThat(signal(scan("I hаcked your cоmputer"), "obfuscation")).isNotNull(); // Cyrillic а, о
    assertThat(signal(scan("Привет, как дела? Всё хорошо."), "obfuscation")).isNull(); // genuine Russian
    assertThat(signal(scan("Grüße aus Köln, à bientôt"), "obfuscation")).isNull();
  }

  @Test
  void nonSexualThreats() throws IOException {
    assertThat(signal(scan("A bomb is hidden in your office building."), "violence-threat")).isNotNull();
    assertThat(signal(scan("We will launch a DDoS attack on your website."), "ddos-threat")).isNotNull();
    assertThat(signal(scan("I will sell your customer data on the darknet to your competitors."),
        "reputation-threat")).isNotNull();
    assertThat(signal(scan("The patch fixes a denial of service bug."), "ddos-threat")).isNull();
  }
}
