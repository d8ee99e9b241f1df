package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;

class IndicatorsTest {
  static Indicators extract(String body, IndicatorExtractor... extractors) throws IOException {
    MessageContent content = MessageContent.of(
        new MailParser().parse(Fixtures.message("Subject: t", body)), Lexicon.defaults());
    Indicators.Builder b = new Indicators.Builder();
    for (IndicatorExtractor e : extractors) {
      e.extract(content, b);
    }
    return b.build();
  }

  @Test
  void walletsNeedAValidChecksum() throws IOException {
    Indicators ind = extract("pay to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb or "
        + "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 or BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T5 or "
        + "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy. Hash: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        new WalletExtractor());
    assertThat(ind.wallets()).extracting(Wallet::address).containsExactly("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
    assertThat(ind.wallets()).extracting(Wallet::type).containsExactly("p2pkh", "p2wpkh", "p2sh");
    assertThat(ind.wallets()).allMatch(Wallet::validated);
  }

  @Test
  void walletSpanPointsIntoTheOriginalText() throws IOException {
    Indicators ind = extract("my wallet: 1A1zP1eP5QGefі2DMPTfTL5SLmv7DivfNa", new WalletExtractor()); // Cyrillic і
    Wallet w = ind.wallets().get(0);
    assertThat(w.address()).isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    assertThat(w.location()).isEqualTo("body");
    assertThat(w.end() - w.start()).isEqualTo(34);
  }

  @Test
  void amountsInTheirCommonForms() throws IOException {
    Indicators ind = extract("Pay $1,450 now. Or 1450 USD. Or € 900. Or 1.200,50 EUR. Or 0.12 BTC. Or 1 450 $. "
        + "Or $5k. Or 0.120 BTC. Or 2.500 €. Version 1.2.3 is not money.", new AmountExtractor());
    assertThat(ind.amounts()).extracting(a -> a.value().stripTrailingZeros().toPlainString() + " " + a.currency())
        .containsExactly("1450 USD", "900 EUR", "1200.5 EUR", "0.12 BTC", "5000 USD", "2500 EUR");
    assertThat(ind.amounts().get(0).text()).isEqualTo("$1,450");
  }

  @Test
  void separatorRules() {
    assertThat(AmountExtractor.value("1,450", false)).isEqualByComparingTo(new BigDecimal("1450"));
    assertThat(AmountExtractor.value("1,5", false)).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(AmountExtractor.value("0.120", true)).isEqualByComparingTo(new BigDecimal("0.12"));
    assertThat(AmountExtractor.value("1.200", true)).isEqualByComparingTo(new BigDecimal("1.2"));
    assertThat(AmountExtractor.value("1.200,50", false))
        .isEqualByComparingTo(new BigDecimal("1200.50"));
  }

  @Test
  void deadlinesNearDeadlineWordingInHours() throws IOException {
    Indicators ind = extract("You have 48 hours to pay. I give you two days. Within 24h. I watched you for 2 weeks.",
        new DeadlineExtractor());
    assertThat(ind.deadlines()).extracting(Deadline::hours).containsExactly(48.0, 48.0, 24.0);
    Indicators range = extract("Pay within 24-48 hours.", new DeadlineExtractor());
    assertThat(range.deadlines()).extracting(Deadline::hours).contains(48.0);
  }

  @Test
  void emailAddressesAndUrls() throws IOException {
    Indicators ind = extract("Write to Evil.Guy@mail.example.com or see https://pay.example.net/x?y=1. "
        + "Also www.example.org, not foo@bar or a@b.c1", new EmailUrlExtractor());
    assertThat(ind.emails()).containsExactly("evil.guy@mail.example.com");
    assertThat(ind.urls()).containsExactly("https://pay.example.net/x?y=1", "www.example.org");
  }

  /**
   * Found by fuzzing: "İ" lower-cases to two chars, so links were found in the lower-cased text at offsets past the
   * original's (a wrong cut, or an exception at the end of the text).
   */
  @Test
  void linksAfterADottedCapitalIAreCutFromTheOriginal() throws IOException {
    Indicators ind = extract("İİİ İstanbul: see https://pay.example.net/x and www.example.org.",
        new EmailUrlExtractor());
    assertThat(ind.urls()).containsExactly("https://pay.example.net/x", "www.example.org");
    Indicators defanged = extract("İİİ İzmir hxxps://evil[.]example/p and www.tail.example",
        new EmailUrlExtractor());
    assertThat(defanged.urls()).containsExactly("https://evil.example/p", "www.tail.example");
  }

  /** Hostile input: a text full of "http" once searched for "www." afresh from every "http" (quadratic). */
  @Test
  void urlsFoundAmongThousandsOfNonUrls() throws IOException {
    Indicators ind = extract("httpd ".repeat(5000) + "https://one.example/a " + "http:x ".repeat(5000)
        + "www.two.example", new EmailUrlExtractor());
    assertThat(ind.urls()).containsExactly("https://one.example/a", "www.two.example");
  }

  @Test
  void linksOfBothKindsInterleavedAreAllFoundInOrder() throws IOException {
    Indicators ind = extract("http http:// www.a.example.org then https://b.example.net/p and xwww.no.example "
        + "http://c.example.com www.d.example.org https://e.example.net/q", new EmailUrlExtractor());
    assertThat(ind.urls()).containsExactly("www.a.example.org", "https://b.example.net/p", "http://c.example.com",
        "www.d.example.org", "https://e.example.net/q");
  }
}
