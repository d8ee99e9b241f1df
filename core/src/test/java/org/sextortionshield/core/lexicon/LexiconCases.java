package org.sextortionshield.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/**
 * Runs a language's case file ({@code lexicon-cases/<code>.txt}): under {@code [fires]}, each {@code class: sentence}
 * must fire that cue class; under {@code [quiet]}, each {@code class: sentence} must not. Every cue class of the
 * index must have at least one firing case per language, so no language silently lacks a class.
 */
final class LexiconCases {
  private LexiconCases() {}

  static List<DynamicTest> forLanguage(String code) {
    Lexicon lexicon = Lexicon.defaults();
    assertThat(lexicon.languages()).containsKey(code);
    DataFile cases = DataFile.resource("lexicon-cases/" + code + ".txt");
    List<DynamicTest> tests = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (DataFile.Section section : cases.sections()) {
      boolean fires = section.name().equals("fires");
      assertThat(section.name()).as("section of %s", cases.name()).isIn("fires", "quiet");
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        assertThat(kv).as("%s:%d needs 'class: sentence'", cases.name(), line.number()).isNotNull();
        String cueClass = kv[0];
        String sentence = kv[1];
        assertThat(lexicon.cueClasses()).as("%s:%d", cases.name(), line.number()).containsKey(cueClass);
        if (fires) {
          covered.add(cueClass);
        }
        tests.add(DynamicTest.dynamicTest(code + ":" + line.number() + (fires ? " fires " : " quiet ") + cueClass,
            () -> {
              Set<String> found = classesIn(lexicon, sentence);
              if (fires) {
                assertThat(found).as("cue classes in \"%s\"", sentence).contains(cueClass);
              } else {
                assertThat(found).as("cue classes in \"%s\"", sentence).doesNotContain(cueClass);
              }
            }));
      }
    }
    tests.add(DynamicTest.dynamicTest(code + " covers every cue class",
        () -> assertThat(covered).containsAll(lexicon.cueClasses().keySet())));
    return tests;
  }

  static Set<String> classesIn(Lexicon lexicon, String sentence) {
    Set<String> found = new TreeSet<>();
    for (CueMatch m : lexicon.matcher().find(Tokens.of(TextNormalizer.forMatching(sentence)))) {
      found.add(m.cueClass());
    }
    return found;
  }
}
