package org.sextortionshield.core.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.mail.MailParser;

class HeaderTrailTest {
  @Test
  void parsesReceivedHops() {
    ReceivedChain chain = ReceivedChain.parse(List.of(
        "from mx.example.net (mx.example.net [203.0.113.25])\r\n\tby mail.example.org (Postfix) with ESMTPS id "
            + "4F2A1C0012\r\n\tfor <anna@example.org>; Tue, 14 Mar 2023 09:12:44 +0100 (CET)",
        "from [127.0.0.1] (localhost [127.0.0.1]) by mx.example.net with ESMTP id X1; 14 Mar 23 08:12:40 GMT",
        "from sender.example (unknown [8.8.4.4]) by relay.example with SMTP; garbage date",
        "by internal.example.org (Postfix, from userid 33) id 895ED41B25"));
    ReceivedHop top = chain.hops().get(0);
    assertThat(top.fromHelo()).isEqualTo("mx.example.net");
    assertThat(top.fromHost()).isEqualTo("mx.example.net");
    assertThat(top.ip()).isEqualTo("203.0.113.25");
    assertThat(top.by()).isEqualTo("mail.example.org");
    assertThat(top.with()).isEqualTo("ESMTPS");
    assertThat(top.id()).isEqualTo("4F2A1C0012");
    assertThat(top.forAddress()).isEqualTo("anna@example.org");
    assertThat(top.timestamp()).isEqualTo(OffsetDateTime.of(2023, 3, 14, 9, 12, 44, 0, ZoneOffset.ofHours(1)));
    assertThat(chain.hops().get(1).timestamp().getYear()).isEqualTo(2023);
    assertThat(chain.hops().get(2).timestamp()).isNull();
    assertThat(chain.hops().get(3).ip()).isEmpty();
    // 203.0.113.0/24 is documentation space, so the first public sender is further down
    assertThat(chain.firstExternalIp()).isEqualTo("8.8.4.4");
    assertThat(chain.claimedOriginIp()).isEqualTo("8.8.4.4");
  }

  /** The sender IP reads only the from clause, and stops at its end: it must be the clause the whole parse finds. */
  @Test
  void fromClauseAloneIsTheFirstOfAllClauses() {
    String[] pieces = {"from", "FROM", "by", "via", "with", "id", "for", "(", ")", "(by x)", "host.example",
        "[203.0.113.9]", "ESMTPS", "fromage", "by(", "", " "};
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(14); k++) {
        b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String header = b.toString();
      assertThat(ReceivedChain.fromClause(header)).as(header).isEqualTo(ReceivedChain.clauses(header)[0]);
    }
  }

  @Test
  void senderIpAloneAgreesWithTheParsedChain() {
    List<String> headers = List.of(
        "from mx.example.net (mx.example.net [203.0.113.25]) by mail.example.org; Tue, 14 Mar 2023 09:12:44 +0100",
        "from relay.example (relay.example [10.1.2.3]) by mx.example.net with ESMTP id X1; 14 Mar 23 08:12:40 GMT",
        "from sender.example (unknown [8.8.4.4]) by relay.example with SMTP; garbage date",
        "from origin.example (origin.example [1.1.1.1]) by sender.example; Tue, 14 Mar 2023 09:10:00 +0100");
    assertThat(ReceivedChain.firstExternalIp(headers)).isEqualTo("8.8.4.4")
        .isEqualTo(ReceivedChain.parse(headers).firstExternalIp());
    assertThat(ReceivedChain.firstExternalIp(headers.subList(0, 2))).isNull();
    assertThat(ReceivedChain.firstExternalIp(List.of("from x (y [" + "9".repeat(10_000) + "]) by z"))).isNull();
  }

  @Test
  void classifiesAddresses() {
    assertThat(IpAddresses.isPublic("8.8.8.8")).isTrue();
    assertThat(IpAddresses.isPublic("10.1.2.3")).isFalse();
    assertThat(IpAddresses.isPublic("172.20.0.1")).isFalse();
    assertThat(IpAddresses.isPublic("100.64.0.1")).isFalse();
    assertThat(IpAddresses.isPublic("2001:4860:4860::8888")).isTrue();
    assertThat(IpAddresses.isPublic("fd00::1")).isFalse();
    assertThat(IpAddresses.isPublic("::1")).isFalse();
    assertThat(IpAddresses.isIpv4("256.1.1.1")).isFalse();
    assertThat(IpAddresses.findIn("host (IPv6:2001:db8::1) [IPv6:2001:4860::1]")).isEqualTo("2001:4860::1");
  }

  @Test
  void trustsOnlyTheTopmostAuthservIdByDefault() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of(
        "mx.example.org; spf=pass smtp.mailfrom=o365mc@microsoft.com; dkim=pass (signature ok) header.d=microsoft.com"
            + " header.s=s1; dmarc=pass action=none header.from=microsoft.com; compauth=pass reason=100",
        "forged.example; dkim=pass header.d=bank.example"),
        List.of("i=1; mx.example.org; arc=none"), Set.of());
    assertThat(ar.trusted("spf")).singleElement().satisfies(r -> {
      assertThat(r.passed()).isTrue();
      assertThat(r.property("smtp.mailfrom")).isEqualTo("o365mc@microsoft.com");
    });
    assertThat(ar.trusted("dkim")).extracting(r -> r.property("header.d")).containsExactly("microsoft.com");
    assertThat(ar.trusted("dmarc").get(0).property("header.from")).isEqualTo("microsoft.com");
    assertThat(ar.trusted("compauth").get(0).reason()).isEqualTo("100");
    assertThat(ar.all()).anyMatch(r -> r.authservId().equals("forged.example") && !r.trusted());
    assertThat(ar.trusted("arc")).singleElement().satisfies(r -> assertThat(r.arc()).isTrue());
  }

  @Test
  void configuredAuthservIdsReplaceTheDefault() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of("edge.example; dmarc=fail header.from=bank.example",
        "inner.example; dmarc=pass header.from=bank.example"), List.of(), Set.of("inner.example"));
    assertThat(ar.trusted("dmarc")).extracting(AuthResult::result).containsExactly("pass");
  }

  @Test
  void trailOfAMessage() throws IOException {
    String raw = "Return-Path: <Bounce@Sender.example>\nReceived: from a (b [8.8.8.8]) by c; 1 Jan 2024 00:00 +0000\n"
        + "Authentication-Results: c; dmarc=fail header.from=victim.example\nFrom: x@victim.example\n"
        + "Reply-To: pay@freemail.example\nSender: s@relay.example\n\nbody";
    HeaderTrail t = HeaderTrail.of(new MailParser().parse(raw.getBytes(StandardCharsets.UTF_8)), Set.of());
    assertThat(t.returnPath()).isEqualTo("bounce@sender.example");
    assertThat(t.received().firstExternalIp()).isEqualTo("8.8.8.8");
    assertThat(t.authentication().trusted("dmarc").get(0).failed()).isTrue();
    assertThat(t.replyTo().get(0).address()).isEqualTo("pay@freemail.example");
    assertThat(t.sender().get(0).address()).isEqualTo("s@relay.example");
  }

  /** The trail looks the Received headers up only when read, and then finds what parsing them gives. */
  @Test
  void lazyChainOfAMessageIsTheParsedChain() throws IOException {
    String raw = "Received: from a (b [10.0.0.1]) by c; 1 Jan 2024 00:00 +0000\nSubject: x\n"
        + "Received: from d (e [8.8.4.4]) by a with SMTP id 7; 1 Jan 2024 00:00 +0000\n\nbody";
    var message = new MailParser().parse(raw.getBytes(StandardCharsets.UTF_8));
    ReceivedChain lazy = HeaderTrail.of(message, Set.of()).received();
    ReceivedChain parsed = ReceivedChain.parse(message.headers("Received"));
    assertThat(lazy.hops()).hasSize(2).isEqualTo(parsed.hops());
    assertThat(lazy.firstExternalIp()).isEqualTo(parsed.firstExternalIp()).isEqualTo("8.8.4.4");
    assertThat(ReceivedChain.of(message).firstExternalIp()).isEqualTo("8.8.4.4");
    assertThat(ReceivedChain.of(message).claimedOriginIp()).isEqualTo(parsed.claimedOriginIp());
  }

  @Test
  void severalHeadersFromDifferentServersOnlyTheTrustedCount() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of(
        "mx.example.org 1; dkim=fail (body hash did not verify) header.d=bank.example header.i=@bank.example;"
            + " spf=fail smtp.mailfrom=alerts@bank.example; dmarc=fail (p=REJECT sp=REJECT dis=NONE)"
            + " header.from=bank.example",
        "relay.isp.example; spf=pass smtp.mailfrom=alerts@bank.example",
        "attacker.example; dmarc=pass policy.dmarc=none header.from=bank.example"), List.of(), Set.of());
    assertThat(ar.all()).hasSize(5);
    assertThat(ar.trusted("spf")).extracting(AuthResult::result).containsExactly("fail");
    AuthResult dmarc = ar.trusted("dmarc").get(0);
    assertThat(dmarc.failed()).isTrue();
    assertThat(dmarc.dmarcPolicy()).isEqualTo("reject"); // from Gmail-style comment
    assertThat(dmarc.strictPolicy()).isTrue();
    assertThat(dmarc.domain()).isEqualTo("bank.example");
    assertThat(ar.trusted("dkim").get(0).domain()).isEqualTo("bank.example");
    assertThat(ar.trusted("dkim").get(0).reason()).isEmpty();
    assertThat(ar.all()).filteredOn(r -> r.authservId().equals("attacker.example"))
        .singleElement().satisfies(r -> {
          assertThat(r.trusted()).isFalse();
          assertThat(r.dmarcPolicy()).isEqualTo("none");
        });
  }

  @Test
  void dkimDomainFromTheIdentityWhenHeaderDIsMissing() {
    AuthResult dkim = AuthenticationResults.parse(List.of("mx.example.org; dkim=pass header.i=news@Mail.Shop.example"),
        List.of(), Set.of()).trusted("dkim").get(0);
    assertThat(dkim.domain()).isEqualTo("mail.shop.example");
  }

  @Test
  void exchangeOnlineResultsWithoutAuthservIdAndCompauth() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of(
        "spf=fail (sender IP is 192.0.2.7) smtp.mailfrom=paypal.com; dkim=none (message not signed)"
            + " header.d=none;dmarc=fail action=oreject header.from=paypal.com;compauth=fail reason=000"),
        List.of(), Set.of());
    assertThat(ar.trusted("compauth")).singleElement().satisfies(r -> {
      assertThat(r.authservId()).isEqualTo(AuthenticationResults.MISSING_ID);
      assertThat(r.result()).isEqualTo("fail");
      assertThat(r.reason()).isEqualTo("000");
    });
    assertThat(ar.trusted("dmarc").get(0).dmarcPolicy()).isEqualTo("reject"); // action=oreject
    assertThat(ar.trusted("spf").get(0).domain()).isEqualTo("paypal.com");
  }

  @Test
  void publishedPolicyProperties() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of(
        "mx.fastmail.example; dmarc=fail policy.published-domain-policy=quarantine header.from=shop.example;"
            + " dmarc=pass policy.dmarc=reject header.from=other.example"), List.of(), Set.of());
    assertThat(ar.trusted("dmarc")).extracting(AuthResult::dmarcPolicy).containsExactly("quarantine", "reject");
    assertThat(ar.trusted("dmarc").get(0).describe())
        .isEqualTo("dmarc=fail (p=quarantine) header.from=shop.example [by mx.fastmail.example]");
  }

  @Test
  void commentsAndQuotedReasonsDoNotSplitStatements() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of(
        "mx.example.org (version 2; build 7); spf=softfail (domain; transitioning) smtp.mailfrom=a@b.example;"
            + " dkim=policy reason=\"signing key; too short\" header.d=b.example"), List.of(), Set.of());
    assertThat(ar.all()).extracting(AuthResult::authservId).containsOnly("mx.example.org");
    assertThat(ar.trusted("spf").get(0).failed()).isTrue(); // softfail counts for SPF
    assertThat(ar.trusted("dkim").get(0).reason()).isEqualTo("signing key; too short");
    assertThat(ar.trusted("dkim").get(0).failed()).isFalse();
  }

  @Test
  void arcResultsAreTrustedByAuthservIdLikeTheOthers() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of("mx.example.org; arc=pass"),
        List.of("i=2; mx.example.org; dkim=pass header.d=list.example", "i=1; lists.example; dmarc=fail"),
        Set.of("MX.example.org"));
    assertThat(ar.trusted("dkim")).singleElement().satisfies(r -> assertThat(r.arc()).isTrue());
    assertThat(ar.trusted("dmarc")).isEmpty();
  }

  @Test
  void garbageAndEmptyHeadersGiveNoResults() {
    AuthenticationResults ar = AuthenticationResults.parse(List.of("", ";;;", "mx.example.org; none",
        "x".repeat(20_000)), List.of("i=1"), Set.of());
    assertThat(ar.all()).isEmpty();
  }

  @Test
  void receivedHeadersOfCommonServers() {
    ReceivedChain chain = ReceivedChain.parse(List.of(
        // Exim
        "from mail.sender.example ([8.8.4.4] helo=mail.sender.example)\r\n\tby mx.example.org with esmtps "
            + "(TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <a@sender.example>) id 1rk2Xb-000Abc-2Q "
            + "for anna@example.org; Tue, 12 Mar 2024 09:14:03 +0000",
        // Exchange Online, IPv6 without brackets
        "from DM6PR11MB4657.namprd11.prod.outlook.com (2603:10b6:5:1b0::27) by BN9PR11MB5276.namprd11.prod.outlook"
            + ".com with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
            + "15.20.7362.18; Tue, 12 Mar 2024 09:13:58 +0000",
        // sendmail with ident and IPv6 literal
        "from relay.example.net (relay.example.net [IPv6:2001:4860:4860::8844]) by smtp.example.net "
            + "(8.17.1/8.17.1) with ESMTP id 42C9DsE1012345; Tue, 12 Mar 2024 10:13:54 +0100"));
    assertThat(chain.hops().get(0).ip()).isEqualTo("8.8.4.4");
    assertThat(chain.hops().get(0).fromHelo()).isEqualTo("mail.sender.example");
    assertThat(chain.hops().get(0).id()).isEqualTo("1rk2Xb-000Abc-2Q");
    assertThat(chain.hops().get(0).forAddress()).isEqualTo("anna@example.org");
    assertThat(chain.hops().get(1).ip()).isEqualTo("2603:10b6:5:1b0::27");
    assertThat(chain.hops().get(1).by()).isEqualTo("bn9pr11mb5276.namprd11.prod.outlook.com");
    assertThat(chain.hops().get(1).timestamp()).isEqualTo(OffsetDateTime.of(2024, 3, 12, 9, 13, 58, 0,
        ZoneOffset.UTC));
    assertThat(chain.hops().get(2).ip()).isEqualTo("2001:4860:4860::8844");
    assertThat(chain.hops().get(2).timestamp().toInstant())
        .isEqualTo(OffsetDateTime.of(2024, 3, 12, 9, 13, 54, 0, ZoneOffset.UTC).toInstant());
    assertThat(chain.claimedOriginIp()).isEqualTo("2001:4860:4860::8844");
  }
}
