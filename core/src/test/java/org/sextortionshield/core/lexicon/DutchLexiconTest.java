package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DutchLexiconTest {
  @TestFactory
  List<DynamicTest> dutchCases() {
    return LexiconCases.forLanguage("nl");
  }
}
