package org.sextortionshield.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.text.TextNormalizer;

/**
 * Visiting only the words' first characters finds the amounts that reading every character finds, in the same order
 * with the same spans: numbers in every written form, currency symbols and words of every lexicon language, digits of
 * other scripts, letters spelled out one by one around digits.
 */
class AmountScanTest {
  private static final String[] NUMBERS = {"1", "12", "450", "1,450", "1.450", "1.200,50", "1 450", "1\u00a0450",
      "1\u202f450", "0.12", "0,12", "0.120", "5k", "5K", "1'000", "2024", "123456789012345678901234567", "3.", "7,",
      "\uff11\uff12", "\u0663\u0664", "\u0967", "00", "0"};
  private static final String[] CURRENCIES = {"$", "us$", "u$s", "\u20ac", "\u00a3", "\u20bf", "c$", "ca$", "a$",
      "au$", "r$", "R$", "\u20b9", "\u00a5", "kc", "K\u010d", "zl", "z\u0142", "\u20bd", "usd", "USD", "dollar",
      "dollars", "dolar", "d\u00f3lares", "dollaro", "dollari", "dolary", "dolaru", "dolarow", "bucks", "eur", "euro",
      "EUROS", "evro", "eura", "euri", "gbp", "pound", "pounds", "sterling", "quid", "btc", "BTC", "xbt", "bitcoin",
      "Bitcoins", "bitcoinu", "bitcoinow", "bitcoiny", "bitcoine", "ltc", "litecoin", "eth", "ether", "xmr",
      "monero", "doge", "trx", "tron", "usdt", "tether", "cad", "aud", "chf", "franken", "brl", "reais", "real",
      "inr", "rupees", "rs", "jpy", "yen", "czk", "korun", "koruna", "pln", "zloty", "zlotych", "rub", "rubles",
      "sek", "kronor", "nok", "kroner", "dkk", "mxn", "pesos"};
  private static final String[] OTHER = {"pay", "me", "in", "or", "version", "a", "b", "x5", "abc123", "USD5",
      "a 1 b 2 c 3", "b i t c o i n", "1 2 3 4", "q 5 $ r", "\u0430", "\u00e9t\u00e9", "-", "(", ")", ":", "/", "@",
      "+", "#"};
  private static final String[] SPACES = {" ", "", "  ", "\n", "\u00a0", ", ", ". ", "\t"};

  @Test
  void wordStartsFindWhatEveryCharacterFinds() throws IOException {
    Random random = new Random(17);
    AmountExtractor extractor = new AmountExtractor();
    int found = 0;
    for (int n = 0; n < 3_000; n++) {
      String body = body(random);
      MessageContent content = MessageContent.of(new MailParser().parse(Fixtures.message("Subject: t", body)),
          Lexicon.defaults());
      Indicators.Builder fast = new Indicators.Builder();
      extractor.extract(content, fast);
      Indicators.Builder everyCharacter = new Indicators.Builder();
      for (TextSegment segment : content.visibleSegments()) {
        String s = segment.normalized().text();
        extractor.amountsCharByChar(s, 0, s.length(), segment.normalized(), segment.location(), everyCharacter);
      }
      Indicators expected = everyCharacter.build();
      assertThat(fast.build().amounts()).as(body).isEqualTo(expected.amounts());
      found += expected.amounts().size();
    }
    assertThat(found).as("amounts found").isGreaterThan(1_500);
  }

  @Test
  void normalisedTextHoldsNoOtherDigitsThanAscii() {
    // what lets a number start only at a word's first character; every code point that is or holds a number
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      int type = Character.getType(cp);
      String c = new String(Character.toChars(cp));
      boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
          || type == Character.LETTER_NUMBER || !java.text.Normalizer.isNormalized(c, java.text.Normalizer.Form.NFKC);
      if (!number || Character.isSurrogate((char) cp)) {
        continue;
      }
      String folded = TextNormalizer.forMatching("a" + c + "a 1" + c + " ").text();
      assertThat(folded.chars().noneMatch(k -> k >= 0x80 && Character.isDigit(k)))
          .as("U+%04X gives %s", cp, folded).isTrue();
    }
  }

  private static String body(Random random) {
    StringBuilder b = new StringBuilder();
    for (int k = 0, pieces = 1 + random.nextInt(14); k < pieces; k++) {
      switch (random.nextInt(5)) {
        case 0, 1 -> b.append(NUMBERS[random.nextInt(NUMBERS.length)]);
        case 2 -> b.append(CURRENCIES[random.nextInt(CURRENCIES.length)]);
        default -> b.append(OTHER[random.nextInt(OTHER.length)]);
      }
      b.append(SPACES[random.nextInt(SPACES.length)]);
    }
    return b.toString();
  }
}
