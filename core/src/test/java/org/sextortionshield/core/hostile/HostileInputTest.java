package org.sextortionshield.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Every hostile input gets a verdict, with its problems as single lines, and no exception. Time and memory are not
 * asserted here: {@link HostileInputCheck} measures them in a run of its own under {@code -Xmx256m}.
 */
class HostileInputTest {
  private static final Shield SHIELD = Shield.defaults();

  /** The problem each input must be reported with, where the input is one the reader cannot read whole. */
  private static final Map<String, String> PROBLEM = Map.ofEntries(
      Map.entry("parts-10000", "more than 1000 MIME parts"),
      Map.entry("nesting-1000-messages", "messages attached more than 24 deep"),
      Map.entry("line-5mb-header", "1 header field(s) longer than"),
      Map.entry("header-fields-2m", "a header of more than 1000 fields"),
      Map.entry("part-field-60mb", "1 header field(s) longer than"),
      Map.entry("part-header-fields-2m", "a header of more than 1000 fields"),
      Map.entry("charsets-invalid-exotic", "unknown charset 'x-unknown'"),
      Map.entry("png-bomb", "image 'qr.png' not searched for QR codes"),
      Map.entry("png-bombs-16", "image 'qr0.png' not searched for QR codes"),
      Map.entry("pdf-text-bomb", "PDF 'invoice.pdf' has more than"),
      Map.entry("pdf-pages-bomb", "PDF 'report.pdf' has more than"),
      Map.entry("pdf-page-tree-deep", "PDF 'deep.pdf' could not be read (nested too deeply"),
      Map.entry("nesting-base64-messages", "messages attached more than 24 deep"));

  static Stream<Named<HostileInput>> inputs() {
    return HostileInputs.all().stream().map(i -> Named.of(i.name(), i));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void getsAVerdictWithOneLineProblems(HostileInput input) throws IOException {
    Verdict v;
    try (InputStream in = input.open()) {
      v = SHIELD.scan(in);
    }
    assertThat(v.size()).isPositive();
    assertThat(v.score()).isBetween(0.0, 1.0);
    assertThat(v.problems()).allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("\tat "));
    if (PROBLEM.containsKey(input.name())) {
      assertThat(v.problems()).anySatisfy(p -> assertThat(p).startsWith(PROBLEM.get(input.name())));
    }
    boolean scamInReach = !input.name().startsWith("text-") && !input.name().equals("nesting-1000-messages")
        && !input.name().equals("nesting-base64-messages");
    if (scamInReach || input.name().equals("text-cues")) {
      // the scam of Mime.SCAM sits within every limit of these: the bulk around it must not hide it
      assertThat(v.category()).as(input.name()).isEqualTo(Category.SEXTORTION);
    }
  }
}
