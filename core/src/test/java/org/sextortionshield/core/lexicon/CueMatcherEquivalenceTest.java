package org.sextortionshield.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/** {@link CueMatcher} against {@link NaiveCueMatcher}: the same matches in the same order. */
class CueMatcherEquivalenceTest {
  private static final Lexicon LEXICON = Lexicon.defaults();
  private static final NaiveCueMatcher NAIVE = new NaiveCueMatcher(LEXICON);
  private static final Map<CuePattern, Integer> INDEX = new IdentityHashMap<>();

  static {
    for (CuePattern p : LEXICON.patterns()) {
      INDEX.put(p, INDEX.size());
    }
  }

  /** Checks one text; returns how many cues it has. */
  private static int check(String text) {
    Tokens tokens = Tokens.of(TextNormalizer.forMatching(text));
    List<CueMatch> expected = NAIVE.find(tokens);
    List<CueMatch> found = LEXICON.matcher().find(tokens);
    assertThat(describe(found)).as(text).isEqualTo(describe(expected));
    return found.size();
  }

  private static List<String> describe(List<CueMatch> matches) {
    List<String> out = new ArrayList<>();
    for (CueMatch m : matches) {
      out.add(INDEX.get(m.pattern()) + "@" + m.from() + "-" + m.to());
    }
    return out;
  }

  /** The lexicon's own words and prefixes (some with endings), numbers, other words, and sentence ends. */
  private static List<String> vocabulary() {
    TreeSet<String> words = new TreeSet<>();
    for (CuePattern p : LEXICON.patterns()) {
      for (CuePattern.Slot s : p.slots()) {
        words.addAll(s.exact());
        for (String prefix : s.prefixes()) {
          words.add(prefix);
          words.add(prefix + "ed");
        }
      }
    }
    List<String> out = new ArrayList<>(words);
    out.addAll(List.of("12", "2", "two", "zwei", "1,450", "the", "a", "and", "webcam", "xyzzy", ".", "!", "\n\n"));
    return out;
  }

  @Test
  void generatedWordSequencesMatchAsByDefinition() {
    List<String> vocabulary = vocabulary();
    Random random = new Random(17);
    int cues = 0;
    for (int trial = 0; trial < 3_000; trial++) {
      StringBuilder b = new StringBuilder();
      int words = trial % 50 == 0 ? 600 : 1 + random.nextInt(30);
      for (int n = 0; n < words; n++) {
        b.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
      }
      cues += check(b.toString());
    }
    assertThat(cues).isGreaterThan(3_000);
  }

  @Test
  void theLexiconCaseSentencesMatchAsByDefinition() {
    int sentences = 0;
    for (String code : LEXICON.languages().keySet()) {
      for (DataFile.Section section : DataFile.resource("lexicon-cases/" + code + ".txt").sections()) {
        for (DataFile.Line line : section.lines()) {
          check(DataFile.keyValue(line.text())[1]);
          sentences++;
        }
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }

  @Test
  void allTheSentencesInOneTextMatchAsByDefinition() {
    StringBuilder all = new StringBuilder();
    for (String code : LEXICON.languages().keySet()) {
      for (DataFile.Section section : DataFile.resource("lexicon-cases/" + code + ".txt").sections()) {
        for (DataFile.Line line : section.lines()) {
          all.append(DataFile.keyValue(line.text())[1]).append('\n');
        }
      }
    }
    check(all.toString());
    check(all.toString().repeat(3)); // later texts on the same thread start from a used scratch
  }
}
