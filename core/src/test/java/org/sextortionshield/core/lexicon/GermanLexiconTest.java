package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class GermanLexiconTest {
  @TestFactory
  List<DynamicTest> germanCases() {
    return LexiconCases.forLanguage("de");
  }
}
