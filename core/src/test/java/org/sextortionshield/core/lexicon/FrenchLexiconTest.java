package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FrenchLexiconTest {
  @TestFactory
  List<DynamicTest> frenchCases() {
    return LexiconCases.forLanguage("fr");
  }
}
