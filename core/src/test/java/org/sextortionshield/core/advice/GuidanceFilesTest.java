package org.sextortionshield.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.signal.SignalCatalog;
import org.sextortionshield.core.verdict.Category;

/** Every guidance file names only facts the engine can produce, and every language has the same steps. */
class GuidanceFilesTest {
  private static final Set<String> PLAIN_FACTS = Set.of(Situation.QUOTED_PASSWORD, Situation.PASSWORD_CHECK,
      Situation.PASSWORD_BREACHED, Situation.PASSWORD_NOT_BREACHED);

  @TestFactory
  List<DynamicTest> everyLanguage() {
    AdviceBook en = AdviceBook.english();
    return AdviceBook.languages().stream().map(code -> DynamicTest.dynamicTest(code, () -> {
      AdviceBook book = AdviceBook.forLanguage(code);
      assertThat(book.language()).isEqualTo(code);
      assertThat(book.keys()).as("steps of %s", code).isEqualTo(en.keys());
      assertThat(book.factsNamed()).as("facts of %s", code).isEqualTo(en.factsNamed());
      for (String fact : book.factsNamed()) {
        assertThat(known(fact)).as("fact '%s' in %s.txt", fact, code).isTrue();
      }
      assertThat(en.keys()).contains("do-not-pay", "do-not-reply", "change-quoted-password", "enable-2fa",
          "keep-evidence");
    })).toList();
  }

  private static boolean known(String fact) {
    int colon = fact.indexOf(':');
    if (colon < 0) {
      return PLAIN_FACTS.contains(fact);
    }
    String kind = fact.substring(0, colon);
    String name = fact.substring(colon + 1);
    Set<String> categories = new HashSet<>();
    for (Category c : Category.values()) {
      categories.add(c.label());
    }
    return switch (kind) {
      case "category" -> categories.contains(name);
      case "signal" -> SignalCatalog.defaults().all().containsKey(name);
      case "indicator" -> Situation.INDICATOR_KINDS.contains(name);
      case "cue" -> Lexicon.defaults().cueClasses().containsKey(name);
      default -> false;
    };
  }
}
