package org.sextortionshield.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;

/** The recipients and the address headers they come from, against their plain definitions over generated headers. */
class RecipientsTest {
  private static final String[] NAMES = {"To", "Cc", "to", "CC", "Delivered-To", "X-Original-To", "delivered-to",
      "From", "Subject"};
  private static final String[] VALUES = {"a@b.c", "Kim Lee <Kim@X.org>", "<bo@y.io>, c@d.e", "\"Lee, Kim\" <k@x.org>",
      "undisclosed-recipients:;", "", " ", "no address", "<K@X.ORG>", "Иван <ivan@example.org>", "x@y.z (comment)",
      "=?UTF-8?B?S2lt?= <k@x.org>", "a@b.c,", "list: a@b.c;"};

  @Test
  void matchTheirDefinitionsOnGeneratedHeaders() throws Exception {
    Random random = new Random(5);
    MailParser parser = new MailParser();
    for (int round = 0; round < 3_000; round++) {
      StringBuilder mail = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) {
        mail.append(NAMES[random.nextInt(NAMES.length)]).append(": ").append(VALUES[random.nextInt(VALUES.length)])
            .append("\r\n");
      }
      mail.append("\r\nHello\r\n");
      ParsedMessage m = parser.parse(mail.toString().getBytes(StandardCharsets.UTF_8));
      String text = mail.toString();
      assertThat(m.to()).as(text).isEqualTo(addresses(m, "To"));
      assertThat(m.cc()).as(text).isEqualTo(addresses(m, "Cc"));
      List<MailAddress> recipients = MessageContent.of(m, Lexicon.defaults()).recipients();
      assertThat(recipients).as(text).isEqualTo(reference(m));
      assertThat(recipients).isUnmodifiable();
    }
  }

  /** Every value of the header joined with ", ", parsed as one list. */
  private static List<MailAddress> addresses(ParsedMessage m, String name) throws Exception {
    ParsedMessage one = new MailParser().parse(("To: " + String.join(", ", m.headers(name)) + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    return one.to();
  }

  /** To, Cc, then each Delivered-To and each X-Original-To holding an '@', angle brackets dropped. */
  private static List<MailAddress> reference(ParsedMessage m) {
    List<MailAddress> out = new ArrayList<>(m.to());
    out.addAll(m.cc());
    for (String h : List.of("Delivered-To", "X-Original-To")) {
      for (String v : m.headers(h)) {
        String a = v.strip();
        if (a.contains("@")) {
          out.add(new MailAddress("", a.replace("<", "").replace(">", "")));
        }
      }
    }
    return out;
  }
}
