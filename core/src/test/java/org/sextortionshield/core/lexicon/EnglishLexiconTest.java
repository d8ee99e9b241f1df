package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class EnglishLexiconTest {
  @TestFactory
  List<DynamicTest> englishCases() {
    return LexiconCases.forLanguage("en");
  }
}
