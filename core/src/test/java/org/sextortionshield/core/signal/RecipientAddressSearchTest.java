package org.sextortionshield.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.text.LowerCase;

/**
 * The recipient's address is looked for in a body's opening in place, from the body's '@'s, and only the line around
 * it is lower-cased to tell quotes and attributions: held equal here to the definitions it replaced (the whole body
 * lower-cased, its first occurrence of the address) over many generated bodies.
 */
class RecipientAddressSearchTest {
  private static final String[] ADDRESSES = {"kim@example.org", "a@b.c", "lee.chen@mail.example", "x@y"};
  private static final String[] PIECES = {"kim", "KIM", "Kim", "@", "example", "EXAMPLE", ".org", ".ORG", "a", "b",
      "c", "@B.C", "lee.chen", "LEE.CHEN", "mail", "x", "y", "X@Y", " ", "\n", "> ", "to: ", "From: ", "cc:", "wrote",
      "WROTE", ",", ":", "On Monday, ", "\u0130", "\u212a", "\u03a3", "\u00e9", "\ud801\udc00", "\r\n", "\t"};

  @Test
  void addressInOpeningIsTheFirstOccurrenceInTheLowerCasedBody() {
    Random random = new Random(61);
    int found = 0;
    int quoted = 0;
    for (int n = 0; n < 60_000; n++) {
      String address = ADDRESSES[random.nextInt(ADDRESSES.length)];
      String text = generated(random, n % 10 == 0 ? 400 : 30);
      int first = text.indexOf('@');
      int ownAt = address.indexOf('@');
      String lower = LowerCase.of(text);
      int expected = lower.indexOf(address);
      expected = expected >= 0 && expected < 1000 ? expected : -1;
      int got = first < 0 ? -1 : RecipientDataSignal.addressInOpening(text, first, address, ownAt);
      assertThat(got).as(text).isEqualTo(expected);
      if (got >= 0) {
        found++;
        boolean q = quotedInLowerCase(lower, got);
        assertThat(RecipientDataSignal.isQuotedOrAttribution(text, got)).as(text).isEqualTo(q);
        quoted += q ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(3_000);
    assertThat(quoted).isGreaterThan(500).isLessThan(found - 500);
  }

  /** The previous definition, on the whole body lower-cased. */
  private static boolean quotedInLowerCase(String lower, int at) {
    int lineStart = lower.lastIndexOf('\n', at) + 1;
    int lineEnd = lower.indexOf('\n', at);
    String line = lower.substring(lineStart, lineEnd < 0 ? lower.length() : lineEnd).strip();
    if (line.startsWith(">") || line.startsWith("to:") || line.startsWith("from:") || line.startsWith("cc:")) {
      return true;
    }
    int windowEnd = Math.min(lower.length(), at + 80);
    return lower.substring(at, windowEnd).contains("wrote") || line.endsWith(":") && line.contains(",");
  }

  private static String generated(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(pieces); k > 0; k--) {
      if (random.nextInt(12) == 0) {
        b.append(ADDRESSES[random.nextInt(ADDRESSES.length)]);
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return b.toString();
  }
}
