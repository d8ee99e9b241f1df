package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static List<String> words(String s) {
    Tokens t = Tokens.of(TextNormalizer.forMatching(s));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.word(i));
    }
    return out;
  }

  @Test
  void splitsOnNonLetters() {
    assertThat(words("Don't pay 1,450$ now!")).containsExactly("don", "t", "pay", "1", "450", "now");
  }

  @Test
  void joinsLettersSpelledOutOneByOne() {
    assertThat(words("send b i t c o i n now")).containsExactly("send", "bitcoin", "now");
    assertThat(words("B.I.T.C.O.I.N address")).containsExactly("bitcoin", "address");
    assertThat(words("a b c")).containsExactly("a", "b", "c");
  }

  @Test
  void numbersSentences() {
    Tokens t = Tokens.of(TextNormalizer.forMatching("I know. You pay! Version 2.5 is out\n\nNew paragraph"));
    assertThat(t.sentence(0)).isEqualTo(t.sentence(1));
    assertThat(t.sentence(2)).isGreaterThan(t.sentence(1));
    int version = 4;
    assertThat(t.word(version)).isEqualTo("version");
    assertThat(t.sentence(version + 1)).isEqualTo(t.sentence(version)); // "2.5" is not a sentence end
    assertThat(t.sentence(t.size() - 1)).isGreaterThan(t.sentence(version));
  }

  @Test
  void findsTheWordAtAnOffset() {
    Tokens t = Tokens.of(TextNormalizer.forMatching("one two three"));
    assertThat(t.indexAt(4)).isEqualTo(1);
    assertThat(t.indexAt(100)).isEqualTo(3);
  }
}
