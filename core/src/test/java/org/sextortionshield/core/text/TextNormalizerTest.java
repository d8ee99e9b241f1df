package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private static String norm(String s) {
    return TextNormalizer.forMatching(s).text();
  }

  @Test
  void foldsCaseCompatibilityFormsAndWhiteSpace() {
    assertThat(norm("  Ｂｉｔｃｏｉｎ\u00a0\u00a0WALLET\t\n ")).isEqualTo("bitcoin wallet");
    assertThat(norm("𝐁𝐢𝐭𝐜𝐨𝐢𝐧 ﬁle Ⓑ")).isEqualTo("bitcoin file b");
    assertThat(norm("Straße")).isEqualTo("strasse");
  }

  @Test
  void dropsZeroWidthAndBidiControls() {
    assertThat(norm("web\u200bcam pa\u200dy\u202e me\u2066")).isEqualTo("webcam pay me");
    assertThat(norm("soft\u00adhyphen")).isEqualTo("softhyphen");
  }

  @Test
  void foldsLookAlikeLettersOfOtherScriptsToLatin() {
    assertThat(norm("dеvіcе")).isEqualTo("device"); // Cyrillic е, і
    assertThat(norm("pαy")).isEqualTo("pay"); // Greek alpha
    assertThat(norm("ʋirus ɱαsturbating")).isEqualTo("virus masturbating"); // Latin letters with hooks
    assertThat(norm("MɅSTURBATING")).isEqualTo("masturbating"); // turned V as A
    assertThat(norm("ВІТСОІN")).isEqualTo("bitcoin"); // all Cyrillic capitals
  }

  @Test
  void removesDiacriticStuffingButKeepsWordsReadable() {
    assertThat(norm("ẗḧïṡ v̶i̶d̶e̶o̶")).isEqualTo("this video");
    assertThat(norm("Gerät für Café")).isEqualTo("gerat fur cafe");
  }

  @Test
  void decodesHtmlCharacterReferencesInPlainText() {
    assertThat(norm("acce&#537;&#537; to your &#537;y&#537;tem")).isEqualTo("access to your system");
    assertThat(norm("t&#810;rojan &amp; &#x441;amera")).isEqualTo("trojan & camera"); // Cyrillic es
    assertThat(norm("AT&T & more; &#0; &#99999999;")).isEqualTo("at&t & more; &#0; &#99999999;");
  }

  @Test
  void foldsPunctuationOnlyInsideWords() {
    assertThat(norm("H¡gh r¡sk")).isEqualTo("high risk");
    assertThat(norm("¡Hola amigo!")).isEqualTo("¡hola amigo!");
  }

  @Test
  void keepsParagraphBreaksAsOneNewline() {
    assertThat(norm("first line\nsame paragraph\n\n\nnext paragraph")).isEqualTo(
        "first line same paragraph\nnext paragraph");
  }

  @Test
  void quotesTheOriginalTextBehindANormalisedSpan() {
    String original = "I  h&#1072;cked   yоur ВІТСОІN wallet";
    NormalizedText n = TextNormalizer.forMatching(original);
    int start = n.text().indexOf("hacked");
    assertThat(n.quote(start, start + "hacked your".length())).isEqualTo("h&#1072;cked   yоur");
    int b = n.text().indexOf("bitcoin");
    assertThat(n.quote(b, b + 7)).isEqualTo("ВІТСОІN");
  }

  @Test
  void quoteIncludesStackedMarksAfterTheLastLetter() {
    NormalizedText n = TextNormalizer.forMatching("pay n\u0336o\u0336w\u0336 please");
    int at = n.text().indexOf("now");
    assertThat(n.quote(at, at + 3)).isEqualTo("n\u0336o\u0336w\u0336");
  }

  @Test
  void casePreservingVariantKeepsCaseForAddresses() {
    assertThat(TextNormalizer.casePreserving("1A1zP1eP5QGefі2DMPTfTL5SLmv7DivfNa").text())
        .isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"); // Cyrillic і inside
  }

  @Test
  void marksOnlyMixedLookAlikesAndStuffingAsObfuscation() {
    NormalizedText mixed = TextNormalizer.forMatching("hаcked"); // Cyrillic а
    assertThat(mixed.isLookalike(1)).isTrue();
    assertThat(mixed.isLookalike(0)).isFalse();
    assertThat(TextNormalizer.forMatching("Gerät café naïve").foldedLetters()).isZero();
    assertThat(TextNormalizer.forMatching("cafe\u0301 nai\u0308ve").foldedLetters()).isZero(); // decomposed accents
    assertThat(TextNormalizer.forMatching("e\u0301\u0301").foldedLetters()).isEqualTo(1); // a second mark: stuffing
    assertThat(TextNormalizer.forMatching("v\u0336").foldedLetters()).isEqualTo(1); // strike-through overlay
  }

  @Test
  void caseTakenBackFromTheMatchingFormEqualsNormalisingAfresh() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "aZ9 \t\r\n.&;#x\u0001\u007f\u00e9\u0430";
    for (int trial = 0; trial < 5_000; trial++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(trial % 2 == 0 ? 8 : alphabet.length()))); // half plain ASCII
      }
      String s = b.toString();
      NormalizedText derived = TextNormalizer.casePreserving(TextNormalizer.forMatching(s));
      NormalizedText fresh = TextNormalizer.casePreserving(s);
      assertThat(derived.text()).as(s).isEqualTo(fresh.text());
      for (int k = 0; k <= fresh.length(); k++) {
        assertThat(derived.sourceStart(k)).as(s).isEqualTo(fresh.sourceStart(k));
        assertThat(derived.sourceEnd(k)).as(s).isEqualTo(fresh.sourceEnd(k));
        assertThat(derived.isLookalike(k)).as(s).isEqualTo(fresh.isLookalike(k));
      }
      assertThat(derived.foldedLetters()).isEqualTo(fresh.foldedLetters());
    }
    assertThat(TextNormalizer.casePreserving(TextNormalizer.forMatching("Pay 1BoatSLRHtKNngkdXEeobR76b53LETtpyT\r\n\n"
        + "NOW")).text()).isEqualTo("Pay 1BoatSLRHtKNngkdXEeobR76b53LETtpyT\nNOW");
  }

  @Test
  void theMatchingPassWritesTheCasedFormBesideItsOwnWhereBothHaveOneShape() {
    for (String s : new String[] {"Plain ASCII, 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "Gerät für Café &amp; ÉTÉ",
        "ВІТСОІN wallet", "H¡gh r¡sk", "cafe\u0301 \u200b ﬁle Ⓑ 𝐁"}) {
      NormalizedText matching = TextNormalizer.forMatching(s);
      assertThat(matching.cased()).as(s).isNotNull();
      assertThat(TextNormalizer.casePreserving(matching).text()).isEqualTo(TextNormalizer.casePreserving(s).text());
    }
    // "ß" folds to "ss" but keeps its one letter when cased: the case-preserving form is normalised afresh
    NormalizedText strasse = TextNormalizer.forMatching("Straße");
    assertThat(strasse.cased()).isNull();
    assertThat(TextNormalizer.casePreserving(strasse).text()).isEqualTo("Straße");
  }

  /** Most texts keep no cased array: it is worked out again from their chars and original only when asked. */
  @Test
  void aTextWhoseSlowCharsKeepTheirCaseHasItsCasedCharsWorkedOutWhenAsked() {
    for (String s : new String[] {"Pay NOW, 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "Caf\u00e9 \u00e9\u00a0x\n\nA &lt;B&gt;"}) {
      NormalizedText matching = TextNormalizer.forMatching(s);
      assertThat(matching.cased()).isNotSameAs(matching.cased()); // worked out on each ask
      assertThat(new String(matching.cased())).isEqualTo(TextNormalizer.casePreserving(s).text());
    }
    // "É" (as "&#201;" too) folds to a letter other than its cased one: that pass copies out its cased chars
    for (String s : new String[] {"CAF\u00c9", "CAF&#201;", "ab&#65;"}) {
      NormalizedText matching = TextNormalizer.forMatching(s);
      assertThat(matching.cased()).isSameAs(matching.cased());
      assertThat(new String(matching.cased())).isEqualTo(TextNormalizer.casePreserving(s).text());
    }
  }
}
