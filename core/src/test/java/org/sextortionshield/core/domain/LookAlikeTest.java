package org.sextortionshield.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookAlikeTest {
  @Test
  void asciiSkeletonsAreIcus() {
    StringBuilder all = new StringBuilder();
    for (char a = 0; a < 0x80; a++) {
      all.append(a);
      for (char b = 0; b < 0x80; b++) {
        String pair = "" + a + b;
        assertThat(LookAlike.skeleton(pair)).as(pair).isEqualTo(LookAlike.icuSkeleton(pair));
      }
    }
    String printable = all.substring(0x20, 0x7f).replace("%", ""); // '%' has a non-ASCII skeleton
    assertThat(LookAlike.asciiSkeleton(printable)).isEqualTo(LookAlike.icuSkeleton(printable));
    assertThat(LookAlike.asciiSkeleton("paypal")).isEqualTo("paypal");
    assertThat(LookAlike.asciiSkeleton("rn1CROSOFT")).isEqualTo(LookAlike.icuSkeleton("rn1CROSOFT"));
    java.util.Random random = new java.util.Random(5);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCMORW0123456789-_.'rnvvcl|!@ \u0430\u00e9";
    for (int round = 0; round < 50_000; round++) {
      StringBuilder w = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String word = w.toString();
      assertThat(LookAlike.skeleton(word)).as(word).isEqualTo(LookAlike.icuSkeleton(word));
    }
  }

  @Test
  void lookAlikeLettersShareTheSkeleton() {
    assertThat(LookAlike.compare("paypa1", "paypal")).isEqualTo(LookAlike.Kind.SKELETON);
    assertThat(LookAlike.compare("p\u0430ypal", "paypal")).isEqualTo(LookAlike.Kind.SKELETON); // Cyrillic а
    assertThat(LookAlike.compare("rnicrosoft", "microsoft")).isEqualTo(LookAlike.Kind.SKELETON);
    assertThat(LookAlike.compare("micros0ft", "microsoft")).isEqualTo(LookAlike.Kind.SKELETON);
    assertThat(LookAlike.compare("hsbc", "hsbc")).isEqualTo(LookAlike.Kind.NONE); // the same label
  }

  @Test
  void typosAreBoundedByLength() {
    assertThat(LookAlike.compare("micorsoft", "microsoft")).isEqualTo(LookAlike.Kind.TYPO); // transposition
    assertThat(LookAlike.compare("paypall", "paypal")).isEqualTo(LookAlike.Kind.TYPO);
    assertThat(LookAlike.compare("paypxx", "paypal")).isEqualTo(LookAlike.Kind.NONE); // two edits on 6 letters
    assertThat(LookAlike.compare("wellsfrago", "wellsfargo")).isEqualTo(LookAlike.Kind.TYPO);
    assertThat(LookAlike.compare("phase", "chase")).isEqualTo(LookAlike.Kind.NONE); // short labels: skeleton only
    assertThat(LookAlike.compare("example", "paypal")).isEqualTo(LookAlike.Kind.NONE);
  }

  @Test
  void brandNameAsAPartOfAHyphenatedLabel() {
    assertThat(LookAlike.compare("paypal-secure", "paypal")).isEqualTo(LookAlike.Kind.CONTAINS);
    assertThat(LookAlike.compare("secure-ledger-app", "ledger")).isEqualTo(LookAlike.Kind.CONTAINS);
    assertThat(LookAlike.compare("ledgerwood-farm", "ledger")).isEqualTo(LookAlike.Kind.NONE);
  }

  @Test
  void distanceStopsAtItsLimit() {
    assertThat(LookAlike.distance("abcdef", "abcdef", 1)).isZero();
    assertThat(LookAlike.distance("abcdef", "abdcef", 1)).isEqualTo(1);
    assertThat(LookAlike.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    assertThat(LookAlike.compare("a".repeat(200), "a".repeat(199))).isEqualTo(LookAlike.Kind.NONE);
  }

  @Test
  void organisationAndBrandDomainsAreImitated() {
    SenderDomains d = SenderDomains.defaults().withOrganisationDomains(List.of("mail.example-corp.com"));
    assertThat(d.organisationDomains()).containsExactly("example-corp.com");
    assertThat(d.imitated("examp1e-corp.com").owner()).isEqualTo("your organisation");
    assertThat(d.imitated("paypa1.com").genuine()).isEqualTo("paypal.com");
    assertThat(d.imitated("paypal.com")).isNull();
    assertThat(d.imitated("paypal.de")).isNull(); // the brand's own, under another suffix
    assertThat(d.imitated("example-corp.com")).isNull();
    assertThat(d.imitated("kernel.org")).isNull();
  }

  @Test
  void displayNamesClaimingBrands() {
    SenderDomains d = SenderDomains.defaults();
    assertThat(DisplayNames.claimedBrand("PayPal Service", d).id()).isEqualTo("paypal");
    assertThat(DisplayNames.claimedBrand("Mi\u0441rosoft account team", d).id()).isEqualTo("microsoft");
    assertThat(DisplayNames.claimedBrand("Apple Insider", d)).isNull();
    assertThat(DisplayNames.claimedBrand("John Chase", d)).isNull();
    assertThat(DisplayNames.claimedBrand("Booking.com Customer Service", d).id()).isEqualTo("booking");
    assertThat(d.belongsTo(DisplayNames.claimedBrand("Amazon", d), "amazon.de")).isTrue();
    assertThat(d.belongsTo(DisplayNames.claimedBrand("Amazon", d), "amazon.xyz")).isFalse();
    assertThat(d.belongsTo(DisplayNames.claimedBrand("Google Support", d), "gmail.com")).isFalse(); // free mail
    assertThat(DisplayNames.addressIn("service@paypal.com via Mailer")).isEqualTo("service@paypal.com");
    assertThat(DisplayNames.addressIn("Jane @ home")).isEmpty();
  }

  @Test
  void everyListedBrandNameIsClaimed() {
    // the brands are looked up by their names' first words: none may be missed, whatever its position in the list
    SenderDomains d = SenderDomains.defaults();
    int names = 0;
    for (Brand brand : d.brands()) {
      for (String name : brand.names()) {
        List<String> folded = DisplayNames.fold(DisplayNames.words(name));
        Brand claimed = DisplayNames.claimedBrand(name, d);
        assertThat(claimed).as(name).isNotNull();
        assertThat(claimed.nameWords()).as(name)
            .anyMatch(n -> java.util.Collections.indexOfSubList(folded, n) >= 0);
        if (claimed == brand) {
          names++;
        }
      }
    }
    assertThat(names).as("names claimed by their own brand").isGreaterThan(d.brands().size());
  }

  @Test
  void characterSetFilterNeverHidesATypo() {
    // random one- and two-edit variants of brand-like labels: whenever the edit distance allows a typo, compare()
    // must say TYPO (or SKELETON), with the character-set shortcut in front of the distance
    java.util.Random random = new java.util.Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
    for (String genuine : List.of("paypal", "microsoft", "wellsfargo", "coinbase", "americanexpress", "ledger")) {
      int allowed = genuine.length() >= 10 ? 2 : genuine.length() >= 6 ? 1 : 0;
      for (int trial = 0; trial < 2_000; trial++) {
        StringBuilder b = new StringBuilder(genuine);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
          int at = random.nextInt(b.length());
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          switch (random.nextInt(4)) {
            case 0 -> b.setCharAt(at, c);
            case 1 -> b.insert(at, c);
            case 2 -> b.deleteCharAt(at);
            default -> {
              if (at + 1 < b.length()) {
                char t = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, t);
              }
            }
          }
        }
        String candidate = b.toString();
        boolean typo = !candidate.equals(genuine) && allowed > 0
            && Math.abs(candidate.length() - genuine.length()) <= allowed
            && LookAlike.distance(candidate, genuine, allowed) <= allowed;
        if (typo) {
          assertThat(LookAlike.compare(candidate, genuine)).as(candidate)
              .isIn(LookAlike.Kind.TYPO, LookAlike.Kind.SKELETON);
        }
      }
    }
  }
}
