package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class PolishLexiconTest {
  @TestFactory
  List<DynamicTest> polishCases() {
    return LexiconCases.forLanguage("pl");
  }
}
