package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;

class WalletExtractorTest {
  private static final String BTC = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";

  static Indicators fromMail(String mail) throws IOException {
    MessageContent content = MessageContent.of(new MailParser().parse(mail.getBytes(StandardCharsets.UTF_8)),
        Lexicon.defaults());
    Indicators.Builder b = new Indicators.Builder();
    new WalletExtractor().extract(content, b);
    return b.build();
  }

  @Test
  void addressSplitByHtmlTagsIsJoinedAndMarked() throws IOException {
    Indicators ind = fromMail("Subject: x\nContent-Type: text/html\n\n<p>Wallet:</p><div>1A1zP1eP5QGe</div>"
        + "<div>fi2DMPTfTL5S</div><div>Lmv7DivfNa</div><p>Thanks</p>");
    assertThat(ind.wallets()).singleElement().satisfies(w -> {
      assertThat(w.address()).isEqualTo(BTC);
      assertThat(w.location()).isEqualTo("html");
      assertThat(w.foundIn()).isEqualTo("html");
      assertThat(w.obfuscated()).isTrue();
      assertThat(w.validated()).isTrue();
    });
  }

  @Test
  void spanQuotesTheOriginalTextEvenWithInvisibleCharacters() throws IOException {
    String body = "Pay to 1A1zP1eP5\u200bQGefi2DMPTfTL5SLmv7DivfNa today";
    Indicators ind = fromMail("Subject: x\nContent-Type: text/plain; charset=utf-8\n\n" + body);
    Wallet w = ind.wallets().get(0);
    assertThat(body.substring(w.start(), w.end())).isEqualTo("1A1zP1eP5\u200bQGefi2DMPTfTL5SLmv7DivfNa");
    assertThat(w.obfuscated()).isTrue();
  }

  @Test
  void plainAddressIsNotMarkedObfuscated() throws IOException {
    Indicators ind = fromMail("Subject: x\n\nPay to " + BTC + " today");
    assertThat(ind.wallets().get(0).obfuscated()).isFalse();
    assertThat(ind.wallets().get(0).uri()).isNull();
  }

  @Test
  void paymentUrisGiveTheAddressAndTheAmount() throws IOException {
    Indicators ind = fromMail("Subject: x\n\nScan or click bitcoin:" + BTC + "?amount=0.0321&label=fee now.\n"
        + "Or ethereum:pay-0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed@1?value=1e16");
    assertThat(ind.wallets()).extracting(Wallet::currency).containsExactly("BTC", "ETH");
    assertThat(ind.wallets().get(0).uri()).isEqualTo("bitcoin:" + BTC + "?amount=0.0321&label=fee");
    assertThat(ind.wallets().get(1).uri()).startsWith("ethereum:pay-0x5aAeb");
    assertThat(ind.amounts()).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualByComparingTo("0.0321");
      assertThat(a.currency()).isEqualTo("BTC");
    });
  }

  @Test
  void p2shAddressIsLitecoinWhenTheTextSpeaksOnlyOfLitecoin() throws IOException {
    String p2sh = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    assertThat(fromMail("Subject: x\n\nSend Litecoin (LTC) to " + p2sh).wallets().get(0).currency())
        .isEqualTo("LTC");
    assertThat(fromMail("Subject: x\n\nSend bitcoin to " + p2sh).wallets().get(0).currency()).isEqualTo("BTC");
  }

  @Test
  void everyFamilyInOneMessage() throws IOException {
    Indicators ind = fromMail("Subject: x\n\nBTC bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0\n"
        + "BCH bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a\n"
        + "XMR 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A\n"
        + "ETH 0xde709f2102306220921060314715629080e2fb77\n");
    assertThat(ind.wallets()).extracting(Wallet::currency).containsExactly("BTC", "BCH", "XMR", "ETH");
    assertThat(ind.wallets()).extracting(Wallet::validated).containsExactly(true, true, true, false);
    assertThat(ind.wallets().get(0).type()).isEqualTo("p2tr");
  }

  @Test
  void theEngineReportsEveryFamilyOfTheFixture() throws IOException {
    Indicators ind = org.sextortionshield.core.Shield.defaults()
        .scan(org.sextortionshield.core.Fixtures.bytes("wallets-all-families.eml")).indicators();
    assertThat(ind.wallets()).extracting(w -> w.currency() + (w.validated() ? "" : "?") + (w.obfuscated() ? "*" : ""))
        .containsExactly("BTC*", "ETH", "XMR", "BCH");
    assertThat(ind.contacts()).extracting(Contact::value).containsExactly("@payments_desk1");
  }

  @Test
  void paymentEvidenceQuotesTheDisguisedTextAsWritten() throws IOException {
    var verdict = org.sextortionshield.core.Shield.defaults()
        .scan(org.sextortionshield.core.Fixtures.bytes("wallets-all-families.eml"));
    var evidence = verdict.signals().stream().filter(sig -> sig.id().equals("payment-instructions")).findFirst()
        .orElseThrow().evidence().get(0);
    assertThat(evidence.quote()).isEqualTo("bc1q*w508*d6qe*jxtd*g4y5*r3za*rvar*y0c5*xw7k*v8f3*t4");
    assertThat(evidence.explanation()).contains("in disguise, bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
  }
}
