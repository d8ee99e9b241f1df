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

  /** The body of a list post with the footer cut. */
  private static String stripped(String body) throws IOException {
    return MailingList.stripFooter(new MailParser().parse(Fixtures.message(LIST, body)), body);
  }

  @Test
  void theListsFooterIsCutAtItsSeparator() throws IOException {
    String text = "See you at the meeting.\n";
    String footer = "_______________________________________________\ndev mailing list\ndev@lists.example.org\n";
    assertThat(stripped(text + footer)).isEqualTo(text);
  }

  /** "İ" lower-cases to two chars: the cut found in the lower-cased tail landed past the separator, or past the end. */
  @Test
  void aDottedCapitalIBeforeTheFooterDoesNotMoveTheCut() throws IOException {
    String text = "İİİ İstanbul İzmir İİİ\n";
    String footer = "___\ndev mailing list\nhttps://lists.example.org/listinfo/dev\n";
    assertThat(stripped(text + footer)).isEqualTo(text);
    assertThat(stripped("İ".repeat(40) + "\n---\nunsubscribe")).isEqualTo("İ".repeat(40) + "\n");
  }

  @Test
  void mailThatIsNotFromAListKeepsItsText() throws IOException {
    ParsedMessage m = new MailParser().parse(Fixtures.message("From: a@example.net\nSubject: x", "hi"));
    String text = "Hello.\n___\nunsubscribe here";
    assertThat(MailingList.stripFooter(m, text)).isEqualTo(text);
  }
}
