package org.sextortionshield.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;

/** Guidance chosen and ordered by the evidence, for each combination the issue names. */
class AdviceBookTest {
  private static final AdviceBook EN = AdviceBook.english();

  private static SignalResult fired(String id) {
    return new SignalResult(id, Facet.PRESSURE, 0.1, "", List.of());
  }

  private static List<String> keys(String... facts) {
    return EN.select(Situation.of(facts)).stream().map(Advice::key).toList();
  }

  @Test
  void paymentDemandBringsDoNotPayBeforeTheRest() {
    List<String> keys = keys("category:sextortion", "signal:ransom-demand", "indicator:wallet");
    assertThat(keys).startsWith("do-not-panic").containsSubsequence("do-not-pay", "do-not-reply", "keep-evidence",
        "report", "not-alone");
    assertThat(keys).doesNotContain("change-quoted-password", "enable-2fa", "run-antivirus", "mass-mail");
    assertThat(EN.select(Situation.of("category:extortion", "signal:payment-instructions")))
        .filteredOn(a -> a.key().equals("do-not-pay")).singleElement()
        .satisfies(a -> assertThat(a.text()).contains("Don't pay").contains("more demands"));
  }

  @Test
  void quotedPasswordBringsChangeItThenTwoFactor() {
    List<String> keys = keys("category:sextortion", "signal:recipient-data", "quoted-password");
    assertThat(keys).containsSubsequence("change-quoted-password", "enable-2fa").contains("mass-mail");
    // the recipient's address in the subject is recipient data too, but no password to change
    assertThat(keys("category:sextortion", "signal:recipient-data")).doesNotContain("change-quoted-password");
  }

  @Test
  void quotedPasswordCheckedAgainstBreachesNamesTheMaskedPasswordAndTheCount() {
    Situation s = Situation.of("category:sextortion", "quoted-password", "password-breached")
        .withValue(Situation.PASSWORD, "t********7").withValue(Situation.COUNT, "1,234");
    assertThat(EN.select(s)).extracting(Advice::text).anySatisfy(t -> assertThat(t).contains("t********7")
        .contains("1,234 times"));
    // without the values the step cannot be written, so it is left out rather than shown with holes
    assertThat(keys("category:sextortion", "quoted-password", "password-breached"))
        .doesNotContain("quoted-password-breached");
  }

  @Test
  void bulkTemplateIsCalledOutButAPersonalStoryIsNot() {
    assertThat(keys("category:sextortion", "signal:from-equals-to", "signal:recording-claim"))
        .contains("mass-mail", "no-recording-exists", "sender-forged");
    List<String> personal = keys("category:sextortion", "signal:hacked-device", "signal:recording-claim",
        "cue:shared-images", "signal:exposure-threat");
    assertThat(personal).doesNotContain("mass-mail", "no-recording-exists")
        .contains("keep-contact-ids", "report-profile", "deactivate-not-delete", "intimate-images-exist");
  }

  @Test
  void webcamOrSocialMediaStoryBringsDeactivateReportAndKeepTheIds() {
    List<String> keys = keys("category:sextortion", "signal:exposure-threat", "indicator:skype-id");
    assertThat(keys).containsSubsequence("keep-contact-ids", "deactivate-not-delete", "report-profile",
        "intimate-images-exist", "report");
    String ids = EN.select(Situation.of("category:sextortion", "indicator:social-profile")).stream()
        .filter(a -> a.key().equals("keep-contact-ids")).findFirst().orElseThrow().text();
    assertThat(ids).contains("Skype ID").contains("not the Skype name").contains("MTCN");
    assertThat(EN.select(Situation.of("category:sextortion", "cue:shared-images"))).extracting(Advice::text)
        .anySatisfy(t -> assertThat(t).contains("StopNCII").contains("Take It Down").contains("under 18"));
  }

  @Test
  void intimateImageServicesOnlyWhenImagesMayReallyExist() {
    assertThat(keys("category:sextortion", "signal:recording-claim", "signal:hacked-device",
        "signal:exposure-threat")).doesNotContain("intimate-images-exist", "keep-contact-ids", "report-profile")
        .contains("deactivate-not-delete", "run-antivirus", "no-recording-exists");
    assertThat(keys("category:extortion", "cue:shared-images")).doesNotContain("intimate-images-exist");
  }

  @Test
  void violenceBringsCallThePoliceForOtherExtortion() {
    assertThat(keys("category:extortion", "signal:violence-threat")).contains("threat-to-safety")
        .doesNotContain("not-alone", "deactivate-not-delete");
  }

  @Test
  void passwordCheckOnItsOwnGetsOnlyPasswordSteps() {
    assertThat(keys("password-check", "password-breached")).containsExactly("enable-2fa");
    Situation s = Situation.of("password-check", "password-breached").withValue(Situation.COUNT, "52,256,179");
    assertThat(EN.select(s)).extracting(Advice::key).containsExactly("password-breached", "enable-2fa");
    assertThat(EN.select(Situation.of("password-check", "password-not-breached"))).extracting(Advice::key)
        .containsExactly("password-not-breached", "enable-2fa");
  }

  @Test
  void cleanMailGetsNoScamAdvice() {
    assertThat(EN.select(Category.CLEAN, List.of())).extracting(Advice::key).containsExactly("clean");
  }

  @Test
  void theOldSignalListSelectionStillWorks() {
    List<String> keys = EN.select(Category.SEXTORTION, List.of(fired("ransom-demand"), fired("hacked-device")))
        .stream().map(Advice::key).toList();
    assertThat(keys).contains("do-not-pay", "run-antivirus", "enable-2fa", "mass-mail");
  }

  @Test
  void germanGuidanceHasTheSameStepsInGerman() {
    AdviceBook de = AdviceBook.forLanguage("de");
    assertThat(de.language()).isEqualTo("de");
    Situation s = Situation.of("category:sextortion", "signal:ransom-demand", "quoted-password")
        .withValue(Situation.PASSWORD, "h******2");
    List<Advice> german = de.select(s);
    assertThat(german).extracting(Advice::key).isEqualTo(EN.select(s).stream().map(Advice::key).toList());
    assertThat(german).filteredOn(a -> a.key().equals("do-not-pay")).singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Zahlen Sie nicht"));
  }

  @Test
  void unknownLanguageFallsBackToEnglish() {
    assertThat(AdviceBook.forLanguage("xx").language()).isEqualTo("en");
    assertThat(AdviceBook.forLanguage(null).language()).isEqualTo("en");
    assertThat(AdviceBook.languages()).startsWith("en").contains("de");
  }

  @Test
  void valuesAreFilledAndUnknownPlaceholdersDropTheStep() {
    assertThat(Situation.of("a").and(new Situation(Set.of("b"), Map.of("count", "3"))).facts())
        .containsExactlyInAnyOrder("a", "b");
  }
}
