package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpanishLexiconTest {
  @TestFactory
  List<DynamicTest> spanishCases() {
    return LexiconCases.forLanguage("es");
  }
}
