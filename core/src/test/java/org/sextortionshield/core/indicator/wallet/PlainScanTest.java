package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.TextNormalizer;

/**
 * The scanner's shortcuts change nothing. Reading a plain ASCII original finds what scanning its case-preserving
 * normalised form finds, run for run (any other original is refused; '&' only where it may begin a character
 * reference); and trying only the runs an address may start with finds what trying every run finds, with the same
 * checksum attempts. Texts are made of addresses split every way, prose, digits, separators and white space of every
 * kind, and now and then a character that is not plain ASCII.
 */
class PlainScanTest {
  private static final String[] WORDS = {"pay", "Send", "to", "my", "BTC", "wallet", "MTQ", "n0", "2024", "x", "0x",
      "bc1", "Ltc", "address:", "48h", "qpzr", "3", "D", "mnop", "TEST", "(", ")", "/", "?", "=", "@", "-", "*", ":",
      "the", "bc", "tb1", "ltc", "ltc1q", "bcrt1", "tltc1", "Bc1", "TB1", "b", "t", "l", "later", "bitcoin", "tell"};
  private static final String[] SPACES = {" ", "  ", "\n", "\r\n", "\n\n", " \n \n ", "\t", "-", " - ", ".", "*",
      "_", "|", "+", "~", ",", "'", "\"", "`", "--", "....", " . ", ""};
  private static final String[] AMPERSANDS = {"&", "Q&A", "?a=1&b=2", "& ", "&amp;", "&amp", "&#65;", "&nbsp;",
      "&x;", "&;", "&#x41;", "& then;", "&              ;"};
  private static final String[] NOT_PLAIN = {"\u00e9", "\u00a0", "\u200b", "\u0430", "\u000b", "\f",
      "\u007f", "\u0001", "\uff11", "\u2013", "\u00df"};
  private static final List<String> ADDRESSES = Samples.all();

  @Test
  void plainOriginalsGiveTheRunsAndFindsOfTheirNormalisedForm() {
    Random random = new Random(3);
    int plain = 0;
    int finds = 0;
    int withAmpersand = 0;
    for (int n = 0; n < 6_000; n++) {
      String original = text(random, n % 3 == 0);
      String normalised = TextNormalizer.casePreserving(original).text();
      assertTryingEveryRunFindsTheSame(normalised);
      Runs fromOriginal = Runs.reusedPlain(original);
      boolean isPlain = isPlainAscii(original);
      if (!isPlain) {
        assertThat(fromOriginal).as(original).isNull();
        assertThat(new WalletScanner(20_000).scanPlain(original)).isNull();
        continue;
      }
      plain++;
      withAmpersand += original.indexOf('&') >= 0 ? 1 : 0;
      assertThat(fromOriginal).as(original).isNotNull();
      HotRuns.assertListed(original, fromOriginal, Runs.of(normalised), normalised);
      HotRuns.assertListed(normalised, Runs.reused(normalised), Runs.of(normalised), normalised);
      WalletScanner a = new WalletScanner(20_000);
      WalletScanner b = new WalletScanner(20_000);
      List<WalletScanner.Found> expected = b.scan(normalised);
      assertThat(a.scanPlain(original)).as(original).isEqualTo(expected);
      assertThat(a.attemptsLeft()).isEqualTo(b.attemptsLeft());
      finds += expected.size();
    }
    assertThat(plain).isGreaterThan(2_000);
    assertThat(withAmpersand).as("plain texts with an '&'").isGreaterThan(500);
    assertThat(finds).as("addresses found").isGreaterThan(1_000);
  }

  /** The scan as it was before it skipped runs: every run of the text listed and tried in turn. */
  static void assertTryingEveryRunFindsTheSame(String normalised) {
    WalletScanner everyRun = new WalletScanner(20_000);
    List<WalletScanner.Found> expected = new ArrayList<>();
    Runs runs = Runs.of(normalised);
    for (int i = 0; i < runs.size() && everyRun.attemptsLeft() > 0; ) {
      int last = everyRun.tryFrom(runs, i, expected);
      i = last >= 0 ? last + 1 : i + 1;
    }
    WalletScanner scanner = new WalletScanner(20_000);
    assertThat(scanner.scan(normalised)).as(normalised).isEqualTo(expected);
    assertThat(scanner.attemptsLeft()).as(normalised).isEqualTo(everyRun.attemptsLeft());
  }

  /**
   * What the walk reads: printable ASCII and blank, tab, CR, LF; an '&' only without a ';' in the 12 characters after
   * it (a character reference has one).
   */
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' && s.substring(i + 1, Math.min(s.length(), i + 13)).indexOf(';') >= 0) {
        return false;
      }
      if (!(c > 0x20 && c < 0x7f || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
        return false;
      }
    }
    return true;
  }

  private static String text(Random random, boolean withOther) {
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append(SPACES[random.nextInt(SPACES.length)]);
    }
    int pieces = 1 + random.nextInt(12);
    for (int p = 0; p < pieces; p++) {
      switch (random.nextInt(4)) {
        case 0 -> b.append(split(ADDRESSES.get(random.nextInt(ADDRESSES.size())), random));
        case 1 -> b.append(randomRun(random));
        default -> b.append(WORDS[random.nextInt(WORDS.length)]);
      }
      b.append(SPACES[random.nextInt(SPACES.length)]);
      if (withOther && random.nextInt(8) == 0) {
        b.append(NOT_PLAIN[random.nextInt(NOT_PLAIN.length)]);
      }
      if (random.nextInt(6) == 0) {
        b.append(AMPERSANDS[random.nextInt(AMPERSANDS.length)]);
      }
    }
    return b.toString();
  }

  private static String split(String address, Random random) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < address.length()) {
      int next = Math.min(address.length(), i + 1 + random.nextInt(random.nextBoolean() ? 40 : 8));
      b.append(address, i, next);
      if (next < address.length()) {
        b.append(SPACES[random.nextInt(SPACES.length)]);
      }
      i = next;
    }
    return b.toString();
  }

  private static String randomRun(Random random) {
    String alphabet = random.nextBoolean() ? Base58.ALPHABET : "0123456789abcdefOIl";
    StringBuilder b = new StringBuilder();
    for (int k = 0, n = 1 + random.nextInt(40); k < n; k++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
