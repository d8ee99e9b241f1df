package org.sextortionshield.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/** The forgery signals fire on disguised senders with evidence, stay quiet on ordinary senders, and add weight only. */
class ForgerySignalsTest {
  private static final Shield SHIELD = Shield.builder().organisationDomains(List.of("example-corp.com")).build();

  private static Verdict scan(String headers) throws IOException {
    return SHIELD.scan(Fixtures.message(headers + "\nTo: anna@example-corp.com\nSubject: Notice", "Hello."));
  }

  private static SignalResult signal(Verdict v, String id) {
    return v.signals().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void displayNameNamingAnotherAddressOrABrand() throws IOException {
    SignalResult s = signal(scan("From: \"service@paypal.com\" <billing@mailer.example.net>"),
        "display-name-forgery");
    assertThat(s.facet()).isEqualTo(Facet.FORGERY);
    assertThat(s.evidence().get(0).quote()).isEqualTo("From: service@paypal.com <billing@mailer.example.net>");
    assertThat(s.evidence()).extracting(Evidence::explanation).containsExactly("the name shows the address "
        + "service@paypal.com, but the mail comes from billing@mailer.example.net");
    assertThat(signal(scan("From: PayPal Service <alerts@gmail.com>"), "display-name-forgery").evidence().get(0)
        .explanation()).contains("gmail.com (a free mail provider)");
    assertThat(signal(scan("From: PayPal <service@mail.paypal.co.uk>"), "display-name-forgery")).isNull();
    assertThat(signal(scan("From: Apple Insider <news@appleinsider.example>"), "display-name-forgery")).isNull();
    assertThat(signal(scan("From: \"jane@work.example via dev-list\" <dev-list@lists.example>"),
        "display-name-forgery")).isNull();
  }

  @Test
  void lookAlikeSenderDomains() throws IOException {
    SignalResult s = signal(scan("From: PayPal <service@paypa1.com>"), "look-alike-domain");
    assertThat(s.evidence().get(0).explanation()).isEqualTo("paypa1.com imitates paypal.com (PayPal): look-alike "
        + "letters");
    assertThat(signal(scan("From: IT <it@examp1e-corp.com>"), "look-alike-domain").evidence().get(0).explanation())
        .contains("your organisation");
    assertThat(signal(scan("From: a@example.net\nReply-To: b@micorsoft.com"), "look-alike-domain").evidence().get(0)
        .quote()).startsWith("Reply-To:");
    assertThat(signal(scan("From: IT <it@example-corp.com>"), "look-alike-domain")).isNull();
    assertThat(signal(scan("From: Kernel <x@kernel.org>"), "look-alike-domain")).isNull();
  }

  @Test
  void replyToAnotherDomain() throws IOException {
    SignalResult s = signal(scan("From: CEO <ceo@example-partner.com>\nReply-To: ceo.private@gmail.com"),
        "reply-to-elsewhere");
    assertThat(s.evidence().get(0).explanation()).isEqualTo("replies go to gmail.com, a free mail provider, not to "
        + "the sender's example-partner.com");
    assertThat(signal(scan("From: a@news.shop.example\nReply-To: b@shop.example"), "reply-to-elsewhere")).isNull();
    assertThat(signal(scan("From: a@shop.example\nReply-To: help@example-corp.com"), "reply-to-elsewhere")).isNull();
    assertThat(signal(scan("From: a@shop.example\nReply-To: list@lists.example\nList-Id: <x.lists.example>"),
        "reply-to-elsewhere")).isNull();
    assertThat(signal(scan("From: a@shop.example\nReply-To: hikers@yahoogroups.example\n"
        + "Mailing-List: list hikers@yahoogroups.example; contact hikers-owner@yahoogroups.example"),
        "reply-to-elsewhere")).isNull();
  }

  @Test
  void authenticationFailuresWithAStrictPolicy() throws IOException {
    SignalResult s = signal(scan("Authentication-Results: mx.example-corp.com; dmarc=fail (p=REJECT)"
        + " header.from=bank.example; dkim=fail header.d=bank.example\nFrom: Bank <alerts@bank.example>"),
        "authentication-failure");
    assertThat(s.evidence()).extracting(Evidence::explanation).containsExactly(
        "fails DMARC although bank.example asks receivers to reject such mail",
        "the signature of bank.example does not verify");
    // p=none: the domain does not ask for enforcement
    assertThat(signal(scan("Authentication-Results: mx.example-corp.com; dmarc=fail (p=NONE)"
        + " header.from=shop.example\nFrom: a@shop.example"), "authentication-failure")).isNull();
    // the organisation's own domain: any failure counts
    assertThat(signal(scan("Authentication-Results: mx.example-corp.com; spf=softfail"
        + " smtp.mailfrom=ceo@example-corp.com\nFrom: ceo@example-corp.com"), "authentication-failure")).isNotNull();
    // an untrusted header further down proves nothing
    assertThat(signal(scan("Authentication-Results: mx.example-corp.com; spf=pass smtp.mailfrom=a@bank.example\n"
        + "Authentication-Results: evil.example; dmarc=fail (p=reject) header.from=bank.example\n"
        + "From: a@bank.example"), "authentication-failure")).isNull();
    assertThat(signal(scan("Authentication-Results: spf=fail smtp.mailfrom=paypal.com; compauth=fail reason=000\n"
        + "From: service@paypal.com"), "authentication-failure").evidence()).hasSize(2);
  }

  @Test
  void configuredAuthservIdsAreTheOnlyOnesBelieved() throws IOException {
    String headers = "Authentication-Results: edge.example-corp.com; dmarc=fail (p=reject) header.from=bank.example\n"
        + "From: a@bank.example\nTo: anna@example-corp.com\nSubject: x";
    Shield trustsInner = Shield.builder().trustedAuthservIds(List.of("inner.example-corp.com")).build();
    assertThat(trustsInner.scan(Fixtures.message(headers, "Hello.")).fired("authentication-failure")).isFalse();
    assertThat(Shield.defaults().scan(Fixtures.message(headers, "Hello.")).fired("authentication-failure")).isTrue();
  }

  @Test
  void forgeryAloneNeverMakesAnExtortion() throws IOException {
    // a look-alike sender with From = To, a forged brand name and failed DMARC, asking for an invoice to be paid
    Verdict v = SHIELD.scan(Fixtures.message("Authentication-Results: mx.example-corp.com; dmarc=fail (p=reject)"
        + " header.from=paypa1.com\nFrom: PayPal Billing <anna@example-corp.com>\nTo: anna@example-corp.com\n"
        + "Reply-To: billing@paypa1.com\nSubject: Invoice 4471",
        "Please pay the attached invoice of $1,450 within 48 hours."));
    assertThat(v.fired("from-equals-to")).isTrue();
    assertThat(v.fired("reply-to-elsewhere")).isTrue();
    assertThat(v.fired("look-alike-domain")).isTrue();
    assertThat(v.category()).isEqualTo(Category.CLEAN);
    assertThat(v.score()).isLessThan(0.5);
  }
}
