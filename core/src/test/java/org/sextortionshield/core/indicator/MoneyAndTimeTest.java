package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts and deadlines in the written forms of every lexicon language. */
class MoneyAndTimeTest {
  private static String amounts(String body) throws IOException {
    return String.join("; ", IndicatorsTest.extract(body, new AmountExtractor()).amounts().stream()
        .map(a -> a.value().stripTrailingZeros().toPlainString() + " " + a.currency()).toList());
  }

  private static List<Double> hours(String body) throws IOException {
    return IndicatorsTest.extract(body, new DeadlineExtractor()).deadlines().stream().map(Deadline::hours).toList();
  }

  @Test
  void amountsInEveryLanguage() throws IOException {
    assertThat(amounts("Pay me $1,450 in Bitcoin.")).isEqualTo("1450 USD");
    assertThat(amounts("Zahlen Sie 1.450 € in Bitcoin.")).isEqualTo("1450 EUR");
    assertThat(amounts("Zahlen Sie 1.200,50 EUR.")).isEqualTo("1200.5 EUR");
    assertThat(amounts("Payez 1 450 € en Bitcoin.")).isEqualTo("1450 EUR");
    assertThat(amounts("Payez 1\u202f450\u00a0€ en Bitcoin.")).isEqualTo("1450 EUR");
    assertThat(amounts("Pague 2.000 dólares en Bitcoin.")).isEqualTo("2000 USD");
    assertThat(amounts("Paghi 900 euro in Bitcoin.")).isEqualTo("900 EUR");
    assertThat(amounts("Betaal € 900 in Bitcoin.")).isEqualTo("900 EUR");
    assertThat(amounts("Pague R$ 5.000 em Bitcoin.")).isEqualTo("5000 BRL");
    assertThat(amounts("Zaplaťte 25 000 Kč v Bitcoinech.")).isEqualTo("25000 CZK");
    assertThat(amounts("Zapłać 4 000 zł w Bitcoinach.")).isEqualTo("4000 PLN");
    assertThat(amounts("Send 0.12 BTC or 0,12 BTC.")).isEqualTo("0.12 BTC");
    assertThat(amounts("Send 1450 USD or 1 450 $ or USD 1450.")).isEqualTo("1450 USD");
  }

  @Test
  void deadlinesInEveryLanguage() throws IOException {
    org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
    soft.assertThat(hours("You have 48 hours to pay.")).containsExactly(48.0);
    soft.assertThat(hours("Pay within 24h.")).containsExactly(24.0);
    soft.assertThat(hours("You have 2 days.")).containsExactly(48.0);
    soft.assertThat(hours("Sie haben 48 Stunden Zeit.")).containsExactly(48.0);
    soft.assertThat(hours("Zahlen Sie innerhalb von zwei Tagen.")).containsExactly(48.0);
    soft.assertThat(hours("Zahlen Sie bis morgen.")).containsExactly(24.0);
    soft.assertThat(hours("Vous devez payer en 48 heures.")).containsExactly(48.0);
    soft.assertThat(hours("Payez dans la journée.")).containsExactly(24.0);
    soft.assertThat(hours("Tiene 72 horas para pagar.")).containsExactly(72.0);
    soft.assertThat(hours("Pagate entro 48 ore.")).containsExactly(48.0);
    soft.assertThat(hours("U heeft 48 uur om te betalen.")).containsExactly(48.0);
    soft.assertThat(hours("Você tem 2 dias para pagar.")).containsExactly(48.0);
    soft.assertThat(hours("Máte 48 hodin na zaplacení.")).containsExactly(48.0);
    soft.assertThat(hours("Masz 48 godzin na zapłatę.")).containsExactly(48.0);
    soft.assertThat(hours("Pay by tomorrow.")).containsExactly(24.0);
    soft.assertThat(hours("See you tomorrow. I watched you for 2 weeks.")).isEmpty();
    soft.assertAll();
  }
}
