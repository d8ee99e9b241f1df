package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simple-form fast path against mime4j's general parser, over hand-picked and generated headers. */
class AddressesTest {
  @Test
  void readsTheCommonForms() {
    assertThat(Addresses.parse("Kim Lee <Kim.Lee@Example.ORG>, bo@x.io")).containsExactly(
        new MailAddress("Kim Lee", "kim.lee@example.org"), new MailAddress("", "bo@x.io"));
    assertThat(Addresses.parse("Иван Петров <ivan@example.org>")).containsExactly(
        new MailAddress("Иван Петров", "ivan@example.org"));
    assertThat(SimpleAddresses.parse("a@b.c")).isNotNull();
    assertThat(SimpleAddresses.parse("Kim Lee <kim@x.org>, Bo <bo@y.org>")).hasSize(2);
    assertThat(SimpleAddresses.parse(" Kim\t Lee\t<kim@x.org>,\t Dr. Bo  <bo@y.org>\t")).containsExactly(
        new MailAddress("Kim Lee", "kim@x.org"), new MailAddress("Dr. Bo", "bo@y.org"));
    assertThat(SimpleAddresses.parse("\"Lee, Kim (IT)\" <kim@x.org>, <bo@y.org>")).containsExactly(
        new MailAddress("Lee, Kim (IT)", "kim@x.org"), new MailAddress("", "bo@y.org"));
    assertThat(SimpleAddresses.parse("\"list\\\\\\\\@x.org\"\t<list@x.org>")).containsExactly(
        new MailAddress("list\\\\@x.org", "list@x.org"));
    for (String h : List.of("undisclosed-recipients:;", "Undisclosed recipients: ; ", " a:;", ":;", "a-b_c.d\t:;")) {
      assertThat(SimpleAddresses.parse(h)).as(h).isEmpty();
      assertThat(Addresses.lenient(h)).as(h).isEmpty();
    }
  }

  @Test
  void leavesEverythingElseToTheGeneralParser() {
    for (String h : List.of("kim@x.org (Kim)", "list: a@b.c, d@e.f;", "Kim\u00a0Lee <k@x.org>",
        "=?UTF-8?B?S2lt?= <k@x.org>", "a@b.c,,d@e.f", "a@b.c,", "Kim <k@[1.2.3.4]>", "a..b@c.d",
        "Dr: Kim <k@x.org>", "k@x.org.", "Kim <k@x.org> trailing", "k@@x.org", "Kim\r\n <k@x.org>", "\"Kim \\\"L\" <k@x.org>",
        "\"=?UTF-8?B?S2lt?=\" <k@x.org>", "<k@x.org", "\"Kim\"<k@x.org>",
        "\"Kim\\\" <k@x.org>", "\"Kim\\ L\" <k@x.org>", "\"K\\\\\\\" <k@x.org>", "a:;, b@c.d", "a:;,", "a: b@c.d;", "a:;x",
        "=?UTF-8?B?S2lt?=:;", "a;", "a:")) {
      assertThat(SimpleAddresses.parse(h)).as(h).isNull();
      assertThat(Addresses.parse(h)).as(h).isEqualTo(Addresses.lenient(h));
    }
  }

  @Test
  void fastPathAgreesWithTheGeneralParserOnGeneratedHeaders() {
    Random random = new Random(11);
    int simple = 0;
    int groups = 0;
    int escapes = 0;
    for (int round = 0; round < 200_000; round++) {
      StringBuilder h = new StringBuilder();
      int count = 1 + random.nextInt(4);
      for (int k = 0; k < count; k++) {
        if (k > 0) {
          h.append(pick(random, ",", ", ", " , ", ",  ", " ,", ";", ",,", ", ", ", ", ",\t", "\t,\t ", ",\r\n "));
        }
        int form = random.nextInt(5);
        if (form == 0) {
          h.append(address(random));
        } else if (form == 1) {
          h.append(pick(random, "<", "<", " <", "<<")).append(address(random)).append(pick(random, ">", ">", " >", ""));
        } else if (form == 2) {
          h.append('"').append(random.nextBoolean() ? name(random) : escaped(random))
              .append(pick(random, "\" <", "\" <", "\"<", "\"  <", "\" ", " <", "\"\t<"))
              .append(address(random)).append(pick(random, ">", ">", "> ", ""));
        } else {
          h.append(name(random)).append(pick(random, " <", " <", " <", "<", "  <", " < ", "\t<", " \t <")).append(address(random))
              .append(pick(random, ">", ">", ">", " >", "> ", "", ">>"));
        }
      }
      if (random.nextInt(10) == 0) {
        h.insert(0, pick(random, " ", "  ", "\t", "x"));
      }
      if (random.nextInt(20) == 0) { // a group, empty or not, alone or in a list
        h.setLength(random.nextInt(3) == 0 ? 0 : h.length());
        h.append(pick(random, "", ", ", ",")).append(name(random)).append(pick(random, ":;", ": ;", ":\t; ", ":", ";"))
            .append(pick(random, "", "", " ", ", a@b.c", "x"));
      }
      String header = h.toString();
      List<MailAddress> fast = SimpleAddresses.parse(header);
      if (fast != null) {
        simple++;
        groups += fast.isEmpty() ? 1 : 0;
        escapes += header.contains("\\\\") ? 1 : 0;
        assertThat(fast).as(header).isEqualTo(Addresses.lenient(header));
      }
    }
    assertThat(simple).as("headers the fast path read").isGreaterThan(5_000);
    assertThat(groups).as("empty groups it read").isGreaterThan(100);
    assertThat(escapes).as("escaped quoted names it read").isGreaterThan(100);
  }

  private static String address(Random random) {
    return part(random, "abcXYZ019._%+-!#=\"é", 1 + random.nextInt(8))
        + pick(random, "@", "@", "@", "@", "@@", "", " @") + part(random, "abcXYZ019.-_[]é", 1 + random.nextInt(10));
  }

  private static String name(Random random) {
    StringBuilder out = new StringBuilder();
    int words = 1 + random.nextInt(3);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        out.append(pick(random, " ", " ", " ", "  ", "\t", ". ", " \t ", "\r\n "));
      }
      out.append(part(random, "abcKLM019-_'ИвнéßЖ中文.,@()\"=?:;\\ٱ\u00a0\u200b\u0001<>", 1 + random.nextInt(7)));
    }
    return out.toString();
  }

  /** A name with backslashes, mostly escaped pairs of them. */
  private static String escaped(Random random) {
    StringBuilder out = new StringBuilder(name(random));
    for (int k = random.nextInt(4); k >= 0; k--) {
      out.insert(random.nextInt(out.length() + 1), pick(random, "\\\\", "\\\\", "\\\\\\\\", "\\", "\\\"", "\\ "));
    }
    return out.toString();
  }

  /** Mostly the first half of the alphabet (the simple forms' characters), sometimes the rest. */
  private static String part(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder();
    int common = alphabet.length() / 2 + 3;
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(20) == 0 ? random.nextInt(alphabet.length())
          : random.nextInt(Math.min(common, alphabet.length()))));
    }
    return out.toString();
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }
}
