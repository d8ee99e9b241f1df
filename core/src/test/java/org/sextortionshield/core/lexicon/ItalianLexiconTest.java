package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ItalianLexiconTest {
  @TestFactory
  List<DynamicTest> italianCases() {
    return LexiconCases.forLanguage("it");
  }
}
