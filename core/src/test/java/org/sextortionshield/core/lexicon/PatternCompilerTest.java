package org.sextortionshield.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

class PatternCompilerTest {
  private static boolean matches(String pattern, String text) {
    CueMatcher m = new CueMatcher(PatternCompiler.compile("c", "en", pattern), Set.of("two"));
    return !m.find(Tokens.of(TextNormalizer.forMatching(text))).isEmpty();
  }

  @Test
  void alternativesPrefixesAndOptionalWords() {
    assertThat(matches("record* you", "I recorded you")).isTrue();
    assertThat(matches("your the? webcam|camera", "your camera")).isTrue();
    assertThat(matches("hacked your? device", "hacked device")).isTrue();
    assertThat(matches("hacked your device", "hacked my device")).isFalse();
  }

  @Test
  void phraseGroupsAndOptionalGroups() {
    assertThat(matches("(do not|don't|never) tell", "Don't tell anyone")).isTrue();
    assertThat(matches("(do not|never) tell", "do not tell")).isTrue();
    assertThat(matches("pay (right now)? please", "pay please")).isTrue();
    assertThat(matches("pay (right now)? please", "pay right now please")).isTrue();
  }

  @Test
  void boundedGaps() {
    assertThat(matches("send ... contacts", "send it to all your contacts")).isFalse(); // 4 words in between
    assertThat(matches("send ...4 contacts", "send it to all your contacts")).isTrue();
    assertThat(matches("send ... contacts", "send to your contacts")).isTrue();
  }

  @Test
  void numbersInDigitsOrWords() {
    assertThat(matches("#n hours", "within 48 hours")).isTrue();
    assertThat(matches("#n hours", "within two hours")).isTrue();
    assertThat(matches("#n hours", "within many hours")).isFalse();
  }

  @Test
  void neverSpansTwoSentences() {
    assertThat(matches("blow ... your", "Fees blow up. Your node is fine")).isFalse();
    assertThat(matches("blow ... your", "I will blow up your car")).isTrue();
  }

  @Test
  void wordsAreNormalisedLikeMessageText() {
    assertThat(matches("gerät", "Ihr GERAT")).isTrue();
    assertThat(matches("co-workers", "your co workers")).isTrue();
  }

  @Test
  void rejectsMalformedPatternsWithAReason() {
    assertThatThrownBy(() -> PatternCompiler.compile("c", "en", "word?")).hasMessageContaining("required word");
    assertThatThrownBy(() -> PatternCompiler.compile("c", "en", "send ...")).hasMessageContaining("gap");
    assertThatThrownBy(() -> PatternCompiler.compile("c", "en", "send ...9 x")).hasMessageContaining("gap");
    assertThatThrownBy(() -> PatternCompiler.compile("c", "en", "(a|b")).hasMessageContaining("unbalanced");
    assertThatThrownBy(() -> PatternCompiler.compile("c", "en", "ab*")).hasMessageContaining("prefix");
    List<String> many = List.of("(a|b c|d e|f g|h i|j k|l m|n o|p q)");
    assertThatThrownBy(() -> PatternCompiler.compile("c", "en",
        String.join(" ", many.get(0), many.get(0), many.get(0), many.get(0))))
        .hasMessageContaining("expands");
  }
}
