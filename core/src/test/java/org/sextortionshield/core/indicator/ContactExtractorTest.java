package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;

class ContactExtractorTest {
  static Indicators extract(String mail, IndicatorExtractor extractor) throws IOException {
    MessageContent content = MessageContent.of(new MailParser().parse(mail.getBytes(StandardCharsets.UTF_8)),
        Lexicon.defaults());
    Indicators.Builder b = new Indicators.Builder();
    extractor.extract(content, b);
    return b.build();
  }

  static Indicators contacts(String body) throws IOException {
    return extract("Subject: x\nContent-Type: text/plain; charset=utf-8\n\n" + body, new ContactExtractor());
  }

  private static String[] typed(Indicators ind) {
    return ind.contacts().stream().map(c -> c.type() + " " + c.value()).toArray(String[]::new);
  }

  @Test
  void skypeIdsAndNames() throws IOException {
    assertThat(typed(contacts("Add me on Skype: live:.cid.3f2a9b1c or skype name john.doe85. Live: concerts")))
        .containsExactly("skype live:.cid.3f2a9b1c", "skype john.doe85");
    assertThat(typed(contacts("I use Skype every day with my family"))).isEmpty();
  }

  @Test
  void socialProfilesLinksAndHandles() throws IOException {
    Indicators ind = contacts("Profile: https://www.facebook.com/profile.php?id=100087654321 and "
        + "instagram.com/Fake.Agent. Telegram: @AgentSupport, my snapchat is snap_guy99. Not myfacebook.com/x.");
    assertThat(typed(ind)).containsExactly("facebook facebook.com/profile.php?id=100087654321",
        "instagram instagram.com/fake.agent", "telegram @agentsupport", "snapchat @snap_guy99");
    Contact fb = ind.contacts().get(0);
    assertThat(fb.location()).isEqualTo("body");
    assertThat(fb.end() - fb.start()).isEqualTo("facebook.com/profile.php?id=100087654321".length());
  }

  @Test
  void whatsappAndOtherPhoneNumbersInE164() throws IOException {
    Indicators ind = contacts("Contact me on WhatsApp +44 7911 123456 or call 0049 30 901820. "
        + "Or wa.me/15551234567. Invoice 1234567890 is not a phone; +1 2 is too short.");
    assertThat(typed(ind)).containsExactly("whatsapp +15551234567", "whatsapp +447911123456", "phone +4930901820");
  }

  @Test
  void transferNumbersOnlyWhenTheServiceIsNamed() throws IOException {
    assertThat(typed(contacts("Send 500 EUR by Western Union. MTCN: 123-456-7890. MoneyGram ref 87654321.")))
        .containsExactly("western-union-mtcn 1234567890", "moneygram-reference 87654321");
    assertThat(typed(contacts("Order 1234567890 ships on 2024-11-22, tracking 87654321."))).isEmpty();
    assertThat(typed(contacts("Western Union office opened 2024-11-22 at 10.30"))).isEmpty();
  }

  @Test
  void defangedEmailAddressesAndUrls() throws IOException {
    Indicators ind = extract("Subject: x\n\nWrite to agent [at] mail [dot] example or visit hxxps://pay[.]example/x now",
        new EmailUrlExtractor());
    assertThat(ind.emails()).containsExactly("agent@mail.example");
    assertThat(ind.urls()).containsExactly("https://pay.example/x");
  }

  @Test
  void firstExternalSenderIpFromTheReceivedChain() throws IOException {
    String mail = "Received: from mx.example.org (mx.example.org [10.0.0.5]) by inbox.example.org; Mon, 1 Jan 2024\n"
        + "Received: from bad.example.net (bad.example.net [45.33.12.7]) by mx.example.org; Mon, 1 Jan 2024\n"
        + "Received: from forged (forged [198.51.100.9]) by bad.example.net; Mon, 1 Jan 2024\n"
        + "Subject: x\n\nbody";
    assertThat(extract(mail, new SenderIpExtractor()).senderIp()).isEqualTo("45.33.12.7");
    assertThat(extract("Subject: x\n\nbody", new SenderIpExtractor()).senderIp()).isNull();
  }

  /** Hostile input: every phone-like candidate costs a libphonenumber call, so a text's candidates are bounded. */
  @Test
  void phoneCandidatesPerTextAreBounded() throws IOException {
    String number = "+44 20 7946 0958";
    assertThat(typed(contacts("call " + number))).containsExactly("phone +442079460958");
    String bogus = "+1 000 000 0000 ".repeat(5000); // far more candidates than the scanner's bound
    assertThat(typed(contacts(bogus + "call " + number))).isEmpty();
  }
}
