package org.sextortionshield.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;

class MailingListTest {
  private static final String LIST = "From: a@example.net\nTo: dev@lists.example.org\nSubject: [dev] meeting\n"
      + "List-Id: <dev.lists.example.org>";

  private static ParsedMessage list(String body) throws IOException {
    return new MailParser().parse(Fixtures.message(LIST, body));
  }

  @Test
  void theListsFooterIsCutAtItsSeparator() throws IOException {
    String text = "See you at the meeting.\n";
    String footer = "_______________________________________________\ndev mailing list\ndev@lists.example.org\n";
    ParsedMessage m = list(text + footer);
    assertThat(MailingList.stripFooter(m, text + footer)).isEqualTo(text);
  }

  /** "İ" lower-cases to two chars: the cut found in the lower-cased tail landed past the separator, or past the end. */
  @Test
  void aDottedCapitalIBeforeTheFooterDoesNotMoveTheCut() throws IOException {
    String text = "İİİ İstanbul İzmir İİİ\n";
    String footer = "___\ndev mailing list\nhttps://lists.example.org/listinfo/dev\n";
    ParsedMessage m = list(text + footer);
    assertThat(MailingList.stripFooter(m, text + footer)).isEqualTo(text);
    String shortFooter = "---\nunsubscribe";
    assertThat(MailingList.stripFooter(m, "İ".repeat(40) + "\n" + shortFooter)).isEqualTo("İ".repeat(40) + "\n");
  }

  @Test
  void mailThatIsNotFromAListKeepsItsText() throws IOException {
    ParsedMessage m = new MailParser().parse(Fixtures.message("From: a@example.net\nSubject: x", "hi"));
    String text = "Hello.\n___\nunsubscribe here";
    assertThat(MailingList.stripFooter(m, text)).isEqualTo(text);
  }
}
