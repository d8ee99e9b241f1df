package org.sextortionshield.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report stays one page and readable whatever the sender wrote. */
class PdfLimitsTest {
  @Test
  void manyIndicatorsAndLongTextStillMakeOnePage() throws IOException {
    StringBuilder body = new StringBuilder("I recorded you through your webcam while you watched porn. "
        + "I will send the video to all your contacts unless you pay 900 USD in Bitcoin within 24 hours to "
        + "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.\n");
    for (int i = 0; i < 60; i++) {
      body.append("See https://mirror").append(i).append(".scam.example/").append("x".repeat(150)).append('\n');
    }
    String mail = "From: a@scam.example\nTo: b@example.org\nSubject: " + "very long subject ".repeat(40)
        + "\nContent-Type: text/plain; charset=utf-8\n\n" + body;
    CaseFile c = Packs.caseFile("long.eml", mail.getBytes(StandardCharsets.UTF_8));
    String text = EvidencePackTest.pdfText(PdfReport.of(c));
    assertThat(text).contains("More in evidence.json").contains("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
  }

  @Test
  void aHugeUnbrokenSubjectIsCutNotWrappedForever() throws IOException {
    String mail = "From: a@scam.example\nTo: b@example.org\nSubject: " + "W".repeat(200_000)
        + "\nContent-Type: text/plain; charset=utf-8\n\nhello";
    CaseFile c = Packs.caseFile("huge.eml", mail.getBytes(StandardCharsets.UTF_8));
    String text = EvidencePackTest.pdfText(PdfReport.of(c));
    assertThat(text).contains("WWWW");
    assertThat(text.length()).isLessThan(20_000);
  }

  @Test
  void cyrillicIsShownAndWhatNoFontHasBecomesAQuestionMark() throws IOException {
    String mail = "From: ivan@scam.example\nTo: b@example.org\n"
        + "Subject: =?utf-8?B?0J/RgNC40LLQtdGCIOKAlCDwn5iA?=\nContent-Type: text/plain; charset=utf-8\n\n"
        + "Ich habe Sie über Ihre Webcam aufgenommen. Zahlen Sie 500 € — sonst ...";
    CaseFile c = Packs.caseFile("cyrillic.eml", mail.getBytes(StandardCharsets.UTF_8));
    String text = EvidencePackTest.pdfText(PdfReport.of(c));
    assertThat(text).contains("Привет — ?").contains("ivan@scam.example");
  }

  /** Found by auditing: a right-to-left override in From reversed the address in the report's text. */
  @Test
  void invisibleFormatCharactersAreLeftOut() throws IOException {
    String mail = "From: =?utf-8?q?Support_=E2=80=AE?= <hacker@evil.example>\nTo: b@example.org\n"
        + "Subject: =?utf-8?q?invoice=E2=80=8B=C2=ADpaid?=\nContent-Type: text/plain; charset=utf-8\n\nhello";
    String text = EvidencePackTest.pdfText(PdfReport.of(Packs.caseFile("rtl.eml", mail.getBytes(StandardCharsets.UTF_8))));
    assertThat(text).contains("hacker@evil.example", "invoicepaid").doesNotContain("\u202E").doesNotContain("?paid");
  }
}
