package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.TextNormalizer;

/** De-obfuscation: every valid address survives every transform; nothing else becomes a wallet. */
class WalletScannerTest {
  private static final String CYRILLIC_FROM = "aeopcxyAEOPCXHKMBT";
  private static final String CYRILLIC_TO = "аеорсхуАЕОРСХНКМВТ";

  static Map<String, UnaryOperator<String>> transforms() {
    Map<String, UnaryOperator<String>> t = new LinkedHashMap<>();
    t.put("as is", s -> s);
    t.put("groups of 4 with spaces", s -> groups(s, 4, " "));
    t.put("groups of 3 with dashes", s -> groups(s, 3, "-"));
    t.put("groups of 5 with ' - '", s -> groups(s, 5, " - "));
    t.put("stars to remove", s -> groups(s, 6, "*"));
    t.put("dots", s -> groups(s, 7, "."));
    t.put("two halves on two lines", s -> s.substring(0, s.length() / 2) + "\n" + s.substring(s.length() / 2));
    t.put("halves in two paragraphs", s -> s.substring(0, s.length() / 2) + "\n\n" + s.substring(s.length() / 2));
    t.put("zero-width spaces", s -> groups(s, 3, "\u200b"));
    t.put("zero-width joiners and soft hyphens", s -> groups(groups(s, 5, "\u200d"), 13, "\u00ad"));
    t.put("cyrillic look-alikes", WalletScannerTest::cyrillic);
    t.put("fullwidth digits", WalletScannerTest::fullwidthDigits);
    t.put("look-alikes and spaces", s -> groups(cyrillic(s), 4, " "));
    return t;
  }

  @Test
  void wordsThatCouldStartAnAddressJustBeforeItDoNotHideIt() {
    // prose joined to the address by plain spaces: each of these words begins a join that must be given up
    for (String before : List.of("pay me now ", "Bitcoin Adresse ", "quick payment to ", "send 0 BTC to ",
        "Meet 4 me at 2 ", "tomorrow latest ")) {
      for (String address : Samples.all()) {
        String text = before + groups(address, 4, " ") + " today";
        assertThat(scan(text)).as(text).extracting(f -> f.address().address())
            .containsExactly(Wallets.recognise(address).address());
      }
    }
  }

  @Test
  void everyValidAddressSurvivesEveryTransform() {
    for (String address : Samples.all()) {
      String canonical = Wallets.recognise(address).address();
      for (Map.Entry<String, UnaryOperator<String>> t : transforms().entrySet()) {
        String text = "Send the payment to: " + t.getValue().apply(address) + " within 48 hours.";
        List<WalletScanner.Found> found = scan(text);
        assertThat(found).as(t.getKey() + ": " + text).hasSize(1);
        assertThat(found.get(0).address().address()).as(t.getKey()).isEqualTo(canonical);
      }
    }
  }

  @Test
  void asciiLookalikesOutsideTheAlphabetAreTriedBothWays() {
    String address = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    List<WalletScanner.Found> found = scan("pay 1A1zP1eP5QGefI2DMPTfTL5SLmv7DivfNa now"); // capital I for i
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.address().address()).isEqualTo(address);
      assertThat(f.substituted()).isTrue();
    });
  }

  @Test
  void aSingleWrongCharacterIsRejected() {
    for (String address : Samples.all()) {
      for (int i = 3; i < address.length(); i += 3) {
        char c = address.charAt(i);
        char other = c == '2' ? '3' : c == 'q' ? 'p' : c == 'A' ? 'B' : c == 'a' ? 'c' : '2';
        String broken = address.substring(0, i) + other + address.substring(i + 1);
        assertThat(scan("address: " + broken)).as(broken).isEmpty();
      }
    }
  }

  @Test
  void randomStringsWithWrongChecksumsAreRejected() {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      int len = 25 + random.nextInt(11);
      text.append("13".charAt(random.nextInt(2)));
      for (int k = 1; k < len; k++) {
        text.append(Base58.ALPHABET.charAt(random.nextInt(58)));
      }
      text.append(random.nextBoolean() ? " " : "\n");
    }
    assertThat(scan(text.toString())).isEmpty();
  }

  @Test
  void hashesTrackingIdsPgpKeysAndBase64AreNotWallets() {
    Random random = new Random(1);
    StringBuilder text = new StringBuilder("Tracking: 1Z999AA10123456784. Order 2024-0012-4455-8812.\n");
    for (int i = 0; i < 50; i++) {
      text.append("sha256 ").append(hex(random, 64)).append(" tx 0x").append(hex(random, 64))
          .append(" id ").append(hex(random, 8)).append('-').append(hex(random, 4)).append('-')
          .append(hex(random, 12)).append('\n');
    }
    text.append("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n");
    for (int i = 0; i < 60; i++) {
      text.append(java.util.Base64.getEncoder().encodeToString(Samples.bytes(random, 48))).append('\n');
    }
    text.append("-----END PGP PUBLIC KEY BLOCK-----\n");
    assertThat(scan(text.toString())).isEmpty();
  }

  @Test
  void proseJoinedWordByWordCostsNoChecksums() {
    WalletScanner scanner = new WalletScanner(1000);
    String prose = "I recorded you through your webcam while you were watching adult videos and I will send "
        + "the video to every contact you have unless you pay me what I ask within two days from now on";
    assertThat(scanner.scan(TextNormalizer.casePreserving(prose).text())).isEmpty();
    assertThat(scanner.attemptsLeft()).isEqualTo(1000);
  }

  @Test
  void theAttemptBudgetBoundsTheWork() {
    WalletScanner scanner = new WalletScanner(10);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      text.append("1b2c3d4e5f ");
    }
    text.append("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    assertThat(scanner.scan(text.toString())).isEmpty(); // gave up long before the end, as designed
  }

  private static List<WalletScanner.Found> scan(String text) {
    return new WalletScanner(20_000).scan(TextNormalizer.casePreserving(text).text());
  }

  private static String groups(String s, int size, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i += size) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(s, i, Math.min(s.length(), i + size));
    }
    return out.toString();
  }

  private static String cyrillic(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      int k = CYRILLIC_FROM.indexOf(c);
      out.append(k >= 0 ? CYRILLIC_TO.charAt(k) : c);
    }
    return out.toString();
  }

  private static String fullwidthDigits(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('\uff10' + (c - '0')) : c);
    }
    return out.toString();
  }

  private static String hex(Random random, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return out.toString();
  }
}
