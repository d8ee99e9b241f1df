package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CzechLexiconTest {
  @TestFactory
  List<DynamicTest> czechCases() {
    return LexiconCases.forLanguage("cs");
  }
}
