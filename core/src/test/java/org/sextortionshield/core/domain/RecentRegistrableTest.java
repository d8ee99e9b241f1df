package org.sextortionshield.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link SenderDomains#registrable} remembers a thread's last few answers: whatever it remembers, and on any thread,
 * its answer is the public suffix list's for the part after the last '@'.
 */
class RecentRegistrableTest {
  private static final String[] HOSTS = {"paypal.com", "mail.paypal.co.uk", "a.b.example.org", "example", "co.uk",
      "xn--80ak6aa92e.com", "EXAMPLE.COM", "a..b.com", "x.github.io", "", ".", "host.", "\u00e9t\u00e9.fr", "@",
      "b@c.de", "x".repeat(400) + ".com", "kim@", "sub.domain.example.net"};
  private static final String[] LOCALS = {"", "kim@", "a.b@", "@", "x@y@"};

  @Test
  void answersAreThoseOfTheSuffixList() throws Exception {
    SenderDomains domains = SenderDomains.defaults();
    PublicSuffixList suffixes = PublicSuffixList.defaults();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int seed = t;
        runs.add(pool.submit(() -> {
          Random random = new Random(seed);
          int nonEmpty = 0;
          for (int n = 0; n < 20_000; n++) {
            String s = LOCALS[random.nextInt(LOCALS.length)] + HOSTS[random.nextInt(HOSTS.length)];
            int at = s.lastIndexOf('@');
            String expected = suffixes.registrableDomain(at < 0 ? s : s.substring(at + 1));
            assertThat(domains.registrable(s)).as(s).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
          }
          return nonEmpty;
        }));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get()).isGreaterThan(5_000);
      }
    } finally {
      pool.shutdown();
    }
  }
}
