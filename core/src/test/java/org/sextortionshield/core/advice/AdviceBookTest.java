package org.sextortionshield.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;

class AdviceBookTest {
  private static SignalResult fired(String id) {
    return new SignalResult(id, Facet.PRESSURE, 0.1, "", List.of());
  }

  @Test
  void adviceFollowsTheEvidence() {
    AdviceBook book = AdviceBook.english();
    List<String> keys = book.select(Category.SEXTORTION, List.of(fired("ransom-demand"), fired("recipient-data")))
        .stream().map(Advice::key).toList();
    assertThat(keys).startsWith("do-not-panic").contains("do-not-pay", "do-not-reply", "keep-evidence",
        "change-quoted-password", "enable-2fa", "report").doesNotContain("run-antivirus", "deactivate-not-delete");
    List<String> webcam = book.select(Category.SEXTORTION, List.of(fired("exposure-threat"), fired("hacked-device")))
        .stream().map(Advice::key).toList();
    assertThat(webcam).contains("deactivate-not-delete", "run-antivirus").doesNotContain("change-quoted-password");
  }

  @Test
  void cleanMailGetsNoScamAdvice() {
    assertThat(AdviceBook.english().select(Category.CLEAN, List.of())).extracting(Advice::key)
        .containsExactly("clean");
  }
}
