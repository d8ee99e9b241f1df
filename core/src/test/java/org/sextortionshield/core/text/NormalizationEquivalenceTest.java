package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextNormalizer}, both forms, against {@link ReferenceNormalizer} on generated and on every character. */
class NormalizationEquivalenceTest {
  /** Pieces of text: ASCII, white space and controls, references, and characters whose forms differ in shape. */
  private static final String[] PIECES = {
    "a", "Z", "q", "9", " ", " ", "  ", "\t", "\r\n", "\n", "\n\n", ".", "!", "&", ";", "#", "x", "\u0001", "\u007f",
    "\u000b", "é", "É", "ß", "ü", "Ü", "\u00a0", "\u00ad", "¡", "µ", "ÿ", "ʋ", "ɱ", "Ʌ", "ǅ", "İ", "ı", "ſ", "Ǆ", "ŉ",
    "α", "Σ", "σ", "ς", "Π", "Ω", "е", "і", "В", "Т", "д", "\u0301", "\u0308", "\u0336", "\u20dd", "\u200b",
    "\u200d", "\u202e", "\u2066", "Ｂ", "ｉ", "ﬁ", "ﬃ", "Ⓑ", "ⓑ", "㎏", "𝐁", "😀", "𝔄", "&#537;", "&amp;", "&#x441;",
    "&nbsp;", "&#65;", "&#0;", "&lt;", "&#304;", "&#xDF;", "€", "中", "Ա", "ա", "Ꭰ", "ꭰ", "Ⅻ", "①", "٣", "ǰ", "ẞ",
    "\ud800", "\udc00", "ﬀ", "ͅ", "ΐ", "ᾼ", "K", "Å", "ϐ", "ϑ", "ꞵ", "Ɐ",
  };

  private static void assertSame(String s, NormalizedText fast, ReferenceNormalizer.Result ref) {
    assertThat(fast.text()).as(s).isEqualTo(ref.text());
    for (int k = 0; k < ref.text().length(); k++) {
      assertThat(fast.sourceStart(k)).as(s).isEqualTo(ref.source()[k]);
    }
    assertThat(fast.foldedLetters()).as(s).isEqualTo(ref.foldedLetters());
    BitSet lookalike = ref.lookalike() == null ? new BitSet() : ref.lookalike();
    for (int k = 0; k <= ref.text().length() + 1; k++) {
      assertThat(fast.isLookalike(k)).as(s).isEqualTo(lookalike.get(k));
    }
  }

  private static void check(String s) {
    NormalizedText matching = TextNormalizer.forMatching(s);
    assertSame(s, matching, ReferenceNormalizer.normalize(s, true));
    ReferenceNormalizer.Result cased = ReferenceNormalizer.normalize(s, false);
    assertSame(s, TextNormalizer.casePreserving(matching), cased);
    assertSame(s, TextNormalizer.casePreserving(s), cased);
  }

  @Test
  void generatedTextsNormaliseAsTheReferenceDoes() {
    Random random = new Random(5);
    for (int trial = 0; trial < 30_000; trial++) {
      StringBuilder b = new StringBuilder();
      int pieces = trial % 100 == 0 ? 400 : random.nextInt(24);
      int alphabet = 1 + random.nextInt(PIECES.length);
      for (int n = 0; n < pieces; n++) {
        b.append(PIECES[random.nextInt(alphabet)]);
      }
      check(b.toString());
    }
  }

  @Test
  void everyCharacterBetweenLettersAndAloneNormalisesAsTheReferenceDoes() {
    for (int cp = 0; cp < 0x30000; cp++) {
      String c = new String(Character.toChars(cp));
      check(c);
      check("aB" + c + "cD " + c + "\n\nX" + c);
    }
  }

  @Test
  void aTextLongerThanTheKeptBufferAndOneThatGrowsItsOutput() {
    check("Pay ﬃ &amp; Ǆ ".repeat(20_000));
    check("ﬃ".repeat(100));
  }
}
