package org.sextortionshield.core.lexicon;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class PortugueseLexiconTest {
  @TestFactory
  List<DynamicTest> portugueseCases() {
    return LexiconCases.forLanguage("pt");
  }
}
