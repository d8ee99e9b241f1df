package org.sextortionshield.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;

class PlatformRegistryTest {
  private static final String TEMPLATE = """
      name = Example Notes share
      field = note
      limit = 20
      limit-source = the example documentation

      [senders]
      notes@notes.example

      [template]
      shared a note with you | hat eine Notiz geteilt
      Example Notes Inc.

      [headers]
      X-Notes-Kind: share

      [field]
      after = Note:
      before = Open the note
      before = Example Notes Inc.
      """;

  private static PlatformTemplate template(String text) {
    return PlatformTemplate.load("example-notes", DataFile.parse("example-notes.txt",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  private static ParsedMessage message(String headers, String body) throws IOException {
    return new MailParser().parse(Fixtures.message(headers, body));
  }

  @Test
  void theShippedRegistryListsEveryPlatform() {
    PlatformRegistry r = PlatformRegistry.defaults();
    assertThat(r.templates()).extracting(PlatformTemplate::id).startsWith("microsoft-message-center")
        .hasSizeGreaterThanOrEqualTo(7);
    PlatformTemplate mc = r.get("microsoft-message-center");
    assertThat(mc.senders()).containsExactly("o365mc@microsoft.com");
    assertThat(mc.limit()).isEqualTo(1000);
    assertThat(mc.field()).isEqualTo("personal message");
    assertThat(r.abuseCues()).contains("recording", "exposure-threat", "payment").doesNotContain("demand");
  }

  @Test
  void cutsTheFieldOutOfAGenuineNotification() throws IOException {
    PlatformRegistry r = PlatformRegistry.defaults().with(template(TEMPLATE));
    ParsedMessage m = message("From: Example Notes <notes@notes.example>\nX-Notes-Kind: share\nSubject: Jo shared "
        + "a note with you", "Jo shared a note with you\n\nNOTE:\n  Lunch was 12 EUR,\n  thanks!\n\nOpen\u00a0the   "
        + "note\nExample Notes Inc.");
    PlatformRegistry.Match match = r.match(m);
    assertThat(match.template().id()).isEqualTo("example-notes");
    assertThat(match.payload()).isEqualTo("Lunch was 12 EUR,\n  thanks!");
    assertThat(match.location()).isEqualTo("platform:example-notes");
    assertThat(PlatformTemplate.length(match.payload())).isEqualTo(25); // white space runs count once
  }

  @Test
  void aNotificationNeedsTheSenderTheTemplateAndTheHeaders() throws IOException {
    PlatformRegistry r = PlatformRegistry.defaults().with(template(TEMPLATE));
    String body = "Jo shared a note with you\nNote: hi\nExample Notes Inc.";
    assertThat(r.match(message("From: notes@notes.example\nX-Notes-Kind: share\nSubject: s", body))).isNotNull();
    assertThat(r.match(message("From: notes@other.example\nX-Notes-Kind: share\nSubject: s", body))).isNull();
    assertThat(r.match(message("From: notes@notes.example\nSubject: s", body))).isNull();
    assertThat(r.match(message("From: notes@notes.example\nX-Notes-Kind: share\nSubject: s",
        "Note: hi\nExample Notes Inc."))).isNull();
    assertThat(r.match(message("From: notes@notes.example\nX-Notes-Kind: share\nSubject: s",
        "Jo hat eine Notiz geteilt\nNote: hallo\nExample Notes Inc.")).payload()).isEqualTo("hallo");
  }

  @Test
  void theFieldIsFoundInHtmlWhenThereIsNoPlainText() throws IOException {
    PlatformRegistry r = PlatformRegistry.defaults().with(template(TEMPLATE));
    byte[] raw = ("From: notes@notes.example\nX-Notes-Kind: share\nSubject: s\nContent-Type: text/html\n\n"
        + "<p>Jo shared a note with you</p><p><b>Note:</b> pay me <i>now</i></p><p>Open the note</p>"
        + "<p>Example Notes Inc.</p>").getBytes(StandardCharsets.UTF_8);
    assertThat(r.match(new MailParser().parse(raw)).payload()).isEqualTo("pay me now");
  }

  @Test
  void lengthAndOffsetsCountCharactersNotUtf16Units() {
    String text = "a\uD83D\uDE00  b";
    assertThat(PlatformTemplate.length(text)).isEqualTo(4); // a, the emoji, one space, b
    assertThat(PlatformTemplate.offsetOf(text, 2)).isEqualTo(3);
    assertThat(PlatformTemplate.offsetOf(text, 3)).isEqualTo(5);
    assertThat(PlatformTemplate.offsetOf(text, 4)).isEqualTo(-1);
  }

  @Test
  void brokenTemplatesNameTheFileAndTheProblem() {
    assertThatThrownBy(() -> template("name = x\nfield = y\n[senders]\na@b.example"))
        .hasMessageContaining("example-notes.txt").hasMessageContaining("'limit'");
    assertThatThrownBy(() -> template(TEMPLATE.replace("limit = 20", "limit = twenty")))
        .hasMessageContaining("limit must be a number");
    assertThatThrownBy(() -> template(TEMPLATE.replace("[headers]", "[colour]")))
        .hasMessageContaining("unknown section [colour]");
    assertThatThrownBy(() -> template(TEMPLATE.replace("after = Note:", "start = Note:")))
        .hasMessageContaining("expected 'after = ...'");
  }

  @Test
  void anAdministratorAddsTemplatesFromADirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("example-notes.txt"), TEMPLATE);
    Files.writeString(dir.resolve("README.md"), "not a template");
    PlatformRegistry r = PlatformRegistry.defaults().withTemplatesFrom(dir);
    assertThat(r.get("example-notes").name()).isEqualTo("Example Notes share");
    assertThat(r.get("microsoft-message-center")).isNotNull();
  }

  @Test
  void anchorsIgnoreCaseAndWhiteSpaceAndAreBounded() {
    assertThat(Anchors.find("xx Personal\r\n  MESSAGE: yy", "personal message:", 0)).containsExactly(3, 23);
    assertThat(Anchors.find("personalmessage", "personal message", 0)).isNull();
    assertThat(Anchors.find("a".repeat(300_000) + "needle", "needle", 0)).isNull();
  }
}
