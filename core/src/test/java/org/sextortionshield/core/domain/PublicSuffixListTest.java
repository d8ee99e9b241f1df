package org.sextortionshield.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicSuffixListTest {
  private final PublicSuffixList psl = PublicSuffixList.defaults();

  @Test
  void registrableDomainMatchesItsDefinitionOnGeneratedHosts() {
    java.util.Random random = new java.util.Random(3);
    String[] parts = {"mail", "paypal", "co", "uk", "com", "www", "ck", "xn--pypal-4ve", "Example", "a", "", " ",
        "blogspot", "jp", "tokyo", "ПРИМЕР", "de", "x-y", "github", "io", "."};
    for (int round = 0; round < 30_000; round++) {
      StringBuilder host = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) {
        host.append(parts[random.nextInt(parts.length)]).append(random.nextInt(6) == 0 ? ".." : ".");
      }
      if (random.nextBoolean()) {
        host.setLength(host.length() - 1);
      }
      String h = host.toString();
      assertThat(psl.registrableDomain(h)).as(h).isEqualTo(reference(h));
    }
  }

  /** registrableDomain as first written: the host canonicalised, and its public suffix from it. */
  private String reference(String host) {
    String h = PublicSuffixList.canonical(host);
    String suffix = psl.publicSuffix(h);
    if (suffix.isEmpty() || h.length() <= suffix.length()) {
      return "";
    }
    return h.substring(h.lastIndexOf('.', h.length() - suffix.length() - 2) + 1);
  }

  @Test
  void registrableDomainsOfTheShippedList() {
    assertThat(psl.registrableDomain("mail.paypal.co.uk")).isEqualTo("paypal.co.uk");
    assertThat(psl.registrableDomain("o365mc.microsoft.com")).isEqualTo("microsoft.com");
    assertThat(psl.registrableDomain("Example.COM.")).isEqualTo("example.com");
    assertThat(psl.registrableDomain("a.b.c.example.com.au")).isEqualTo("example.com.au");
    assertThat(psl.registrableDomain("someone.github.io")).isEqualTo("someone.github.io"); // private section
    assertThat(psl.registrableDomain("co.uk")).isEmpty(); // a public suffix itself
    assertThat(psl.registrableDomain("host.unknowntld")).isEqualTo("host.unknowntld"); // default rule "*"
    assertThat(psl.registrableDomain("")).isEmpty();
    assertThat(psl.registrableDomain("a..b.com")).isEmpty();
    assertThat(psl.label("mail.paypal.co.uk")).isEqualTo("paypal");
  }

  @Test
  void punycodeIsComparedInUnicode() {
    // xn--pypal-4ve.com is "pаypal.com" with a Cyrillic а
    assertThat(psl.registrableDomain("mail.xn--pypal-4ve.com")).isEqualTo("p\u0430ypal.com");
    assertThat(psl.registrableDomain("shop.xn--mnchen-3ya.de")).isEqualTo("münchen.de");
  }

  @Test
  void wildcardAndExceptionRules() {
    PublicSuffixList list = PublicSuffixList.parse(new ByteArrayInputStream(("// test\ncom\n*.ck\n!www.ck\n"
        + "*.kawasaki.jp\n!city.kawasaki.jp\njp\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(list.publicSuffix("a.b.ck")).isEqualTo("b.ck");
    assertThat(list.registrableDomain("a.b.ck")).isEqualTo("a.b.ck");
    assertThat(list.registrableDomain("www.ck")).isEqualTo("www.ck");
    assertThat(list.registrableDomain("city.kawasaki.jp")).isEqualTo("city.kawasaki.jp");
    assertThat(list.registrableDomain("x.y.kawasaki.jp")).isEqualTo("x.y.kawasaki.jp");
    assertThat(list.registrableDomain("b.ck")).isEmpty();
  }
}
