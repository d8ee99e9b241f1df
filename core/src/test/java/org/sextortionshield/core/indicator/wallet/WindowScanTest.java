package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.TextNormalizer;

/**
 * Listing only the runs near digits and long runs finds what listing every run finds, with the same checksum
 * attempts: over long texts of prose joined word by word (chains far longer than an address) with digits now and
 * then, addresses of every family whole, split and obfuscated inside them, long runs, Unicode separators, zero-width
 * and look-alike characters; read both from the original (when plain) and from the normalised form.
 */
class WindowScanTest {
  private static final String[] WORDS = {"send", "the", "payment", "to", "my", "Bitcoin", "wallet", "address", "now",
      "Monday", "Dec", "at", "a", "I", "Tether", "Litecoin", "Amount", "Transfer", "Bank", "qualified", "partner",
      "zone", "regards", "you", "have", "48", "hours", "2024", "10", "7", "0x", "bc1", "BTC", "USD", "1000", "$500",
      "id", "ref", "3", "9am", "2nd", "Mmm", "nnn", "TTT", "DDD", "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"};
  private static final String[] GAPS = {" ", " ", " ", " ", "  ", "\n", ", ", ". ", " - ", "\u2013", " \u00b7 ",
      "\u2022", "\u200b", "*", "_", "|", "+", "~", "'", "\"", "`", "--", "...", " . . ", "\r\n", "\t", ": ", "! ",
      "? ", "(", ")", "/", "@", "=", "#", ";", "&", "&amp;", "\u00a0", " \u0430 ", "\uff11", "\u00e9"};
  private static final List<String> ADDRESSES = Samples.all();
  private static final String[] STANDALONE = {"bitcoin:", "?amount=0.5", "(", ")", ": ", "!", "/", "", "\n\n\n\n"};

  @Test
  void listingRunsNearDigitsFindsWhatListingEveryRunFinds() {
    Random random = new Random(17);
    int finds = 0;
    int plain = 0;
    for (int n = 0; n < 1_500; n++) {
      String original = text(random, n % 4 != 0);
      String normalised = TextNormalizer.casePreserving(original).text();
      PlainScanTest.assertTryingEveryRunFindsTheSame(normalised);
      WalletScanner fromNormalised = new WalletScanner(20_000);
      List<WalletScanner.Found> expected = fromNormalised.scan(normalised);
      WalletScanner fromOriginal = new WalletScanner(20_000);
      List<WalletScanner.Found> found = fromOriginal.scanPlain(original);
      if (found != null) {
        plain++;
        assertThat(found).as(original).isEqualTo(expected);
        assertThat(fromOriginal.attemptsLeft()).as(original).isEqualTo(fromNormalised.attemptsLeft());
      }
      finds += expected.size();
    }
    assertThat(plain).as("plain originals").isGreaterThan(500);
    assertThat(finds).as("addresses found").isGreaterThan(1_000);
  }

  /**
   * A text longer than the copy a thread keeps ({@link RunWindows#KEEP_CHARS}) is read from a copy of its own, and the
   * texts around it from the kept one, grown and reused: each finds what listing every run finds.
   */
  @Test
  void textsOfEveryLengthFindTheSameOnOneThread() {
    Random random = new Random(29);
    int longPlain = 0;
    for (int n = 0; n < 12; n++) {
      StringBuilder b = new StringBuilder();
      int length = n % 3 == 0 ? RunWindows.KEEP_CHARS + random.nextInt(4_000) : random.nextInt(1 << (4 + n));
      while (b.length() < length) {
        b.append(text(random, true));
      }
      String original = n % 2 == 0 ? b.toString().replace('&', ' ') : b.toString(); // plain, or mostly not
      String normalised = TextNormalizer.casePreserving(original).text();
      PlainScanTest.assertTryingEveryRunFindsTheSame(normalised);
      List<WalletScanner.Found> found = new WalletScanner(20_000).scanPlain(original);
      if (found != null) {
        assertThat(found).isEqualTo(new WalletScanner(20_000).scan(normalised));
        longPlain += original.length() > RunWindows.KEEP_CHARS ? 1 : 0;
      }
    }
    assertThat(longPlain).as("long plain originals").isPositive();
  }

  /** Prose of up to a few thousand characters; with {@code plain}, ASCII gaps only (most of the time). */
  private static String text(Random random, boolean plain) {
    StringBuilder b = new StringBuilder();
    int words = 1 + random.nextInt(random.nextInt(8) == 0 ? 600 : 120);
    for (int w = 0; w < words; w++) {
      int pick = random.nextInt(40);
      if (pick == 0) {
        b.append(obfuscated(ADDRESSES.get(random.nextInt(ADDRESSES.size())), random, plain));
      } else if (pick == 2) { // an address alone in its chain: between characters that join nothing
        b.append(STANDALONE[random.nextInt(STANDALONE.length)]).append(ADDRESSES.get(random.nextInt(ADDRESSES.size())))
            .append(STANDALONE[random.nextInt(STANDALONE.length)]);
      } else if (pick == 1) {
        b.append(random.nextInt(1_000_000));
      } else {
        b.append(WORDS[random.nextInt(WORDS.length)]);
      }
      b.append(gap(random, plain));
    }
    return b.toString();
  }

  private static String gap(Random random, boolean plain) {
    if (random.nextInt(3) > 0) {
      return " ";
    }
    String g = GAPS[random.nextInt(GAPS.length)];
    return plain && g.chars().anyMatch(c -> c > 127) ? " " : g;
  }

  /** The address whole, split in pieces by gaps, or with a look-alike letter. */
  private static String obfuscated(String address, Random random, boolean plain) {
    switch (random.nextInt(3)) {
      case 0:
        return address;
      case 1: {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < address.length(); ) {
          int next = Math.min(address.length(), i + 1 + random.nextInt(12));
          b.append(address, i, next);
          if (next < address.length()) {
            b.append(random.nextBoolean() ? " " : gap(random, plain));
          }
          i = next;
        }
        return b.toString();
      }
      default:
        return address.replace('o', '0').replace('1', 'l');
    }
  }
}
