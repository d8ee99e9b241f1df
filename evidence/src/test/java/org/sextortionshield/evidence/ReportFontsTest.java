package org.sextortionshield.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A victim's report must show names and quotes as written, not as question marks, whatever the mail's script. */
class ReportFontsTest {

  private static byte[] mail(String subject, String body) {
    String eml = "From: \"Jiří Dvořák\" <jiri@example.org>\r\nTo: jiri@example.org\r\n"
        + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
        + "?=\r\nDate: Mon, 2 Sep 2024 10:15:07 +0200\r\nMessage-ID: <fonts@example.org>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
    return eml.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void czechPolishGreekAndCyrillicTextIsPrintedAsWritten() throws Exception {
    String subject = "Účet napaden – Żółć – Λογαριασμός – Ваш аккаунт взломан – テスト";
    byte[] message = mail(subject, "Dobrý den, tohle je zkouška písma.");
    CaseFile pack = Packs.caseFile("inbox/fonts.eml", message);

    String pdf = EvidencePackTest.pdfText(EvidencePack.contents(pack).get("report.pdf"));

    assertThat(pdf).contains("Účet napaden").contains("Żółć").contains("Λογαριασμός").contains("Ваш аккаунт взломан")
        .contains("Jiří Dvořák");
    assertThat(pdf).contains("взломан – ???"); // the font has no Japanese: question marks, not an error
  }
}
