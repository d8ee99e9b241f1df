package org.sextortionshield.core.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sender IP is read in place, without the copies the full hop parse makes: held equal here to the simple
 * definitions it replaced (copy, strip, split) over many generated headers and addresses.
 */
class SenderIpEquivalenceTest {
  private static final String[] PIECES = {"from", "FROM", "by", "with", "id", "for", "(", ")", "[", "]", ";", " ",
      "\t", "\r\n", "\u2003", "\u000B", "host.example", "8.8.4.4", "10.0.0.1", "203.0.113.9", "1.2.3", "256.1.1.1",
      "008.008.004.004", "1.1.1.1.1", "IPv6:", "2001:4860::1", "fd00::1", "::ffff:8.8.8.8", "::1", "2603:10b6:5::27",
      "abc:def::1", "x1.2.3.4", ".9.9.9.9", "\u0663.1.1.1", "unknown", "helo=x", ","};

  @Test
  void senderIpIsTheFirstPublicIpOfTheParsedHops() {
    Random random = new Random(11);
    for (int n = 0; n < 30_000; n++) {
      List<String> headers = new ArrayList<>();
      for (int h = 0; h < 1 + random.nextInt(3); h++) {
        headers.add(generated(random));
      }
      assertThat(ReceivedChain.firstExternalIp(headers)).as(headers.toString()).isEqualTo(reference(headers));
    }
  }

  @Test
  void findInARegionIsFindInItsSubstring() {
    Random random = new Random(5);
    for (int n = 0; n < 30_000; n++) {
      String s = generated(random);
      int lo = random.nextInt(s.length() + 1);
      int hi = lo + random.nextInt(s.length() - lo + 1);
      assertThat(IpAddresses.findIn(s, lo, hi)).as(s + " " + lo + " " + hi)
          .isEqualTo(findIn(oneLine(s.substring(lo, hi))));
      assertThat(IpAddresses.findIn(s)).as(s).isEqualTo(findIn(oneLine(s)));
    }
  }

  @Test
  void isPublicAgreesWithSplittingTheOctets() {
    Random random = new Random(3);
    String[] octets = {"0", "00", "000", "010", "10", "100", "127", "172", "16", "31", "32", "192", "168", "169",
        "254", "255", "256", "999", "64", "128", "198", "18", "19", "51", "203", "113", "2", "224", "1", "0001"};
    for (int n = 0; n < 50_000; n++) {
      String ip = random.nextInt(3) == 0
          ? random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256)
          : octets[random.nextInt(octets.length)] + "." + octets[random.nextInt(octets.length)] + "."
              + octets[random.nextInt(octets.length)] + "." + octets[random.nextInt(octets.length)];
      assertThat(IpAddresses.isPublic(ip)).as(ip).isEqualTo(isPublic(ip));
    }
    for (String ip : new String[] {"1.2.3", "", "a.b.c.d", "1.2.3.4.5", ".1.2.3.4"}) {
      assertThat(IpAddresses.isPublic(ip)).as(ip).isFalse();
    }
    for (String ip : new String[] {"::ffff:10.0.0.1", "2001:db8::1", "fe80::1", "ff02::1", "::", "::1", "fc00::1",
        "fdff::2", "::ffff:192.168.1.1", "::ffff:127.0.0.1", "fec0::1", "1::2::3", "g::1", "::ffff:300.1.1.1"}) {
      assertThat(IpAddresses.isPublic(ip)).as(ip).isFalse();
    }
    for (String ip : new String[] {"::ffff:8.8.8.8", "2001:4860:4860::8888", "2603:10b6:5:1b0::27", "2a00:1450::1",
        "::ffff:0808:0808"}) {
      assertThat(IpAddresses.isPublic(ip)).as(ip).isTrue();
    }
  }

  private static String generated(Random random) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 1 + random.nextInt(18); k++) {
      b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
    }
    return b.toString();
  }

  /** The definition: the first hop, parsed whole, whose IP is public. */
  private static String reference(List<String> headers) {
    for (ReceivedHop hop : ReceivedChain.parse(headers).hops()) {
      String value = oneLine(hop.raw()).strip();
      int semi = value.lastIndexOf(';');
      String from = ReceivedChain.fromClause(semi >= 0 ? value.substring(0, semi) : value);
      int open = from.indexOf('(');
      String comment = "";
      if (open >= 0) {
        int depth = 0;
        comment = from.substring(open + 1).strip();
        for (int i = open; i < from.length(); i++) {
          if (from.charAt(i) == '(') {
            depth++;
          } else if (from.charAt(i) == ')' && --depth == 0) {
            comment = from.substring(open + 1, i).strip();
            break;
          }
        }
      }
      String ip = findIn(comment).isEmpty() ? findIn(from) : findIn(comment);
      assertThat(hop.ip()).isEqualTo(ip);
      if (!ip.isEmpty() && isPublic(ip)) {
        return ip;
      }
    }
    return null;
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /** The former {@code IpAddresses.findIn}, copying each candidate. */
  private static String findIn(String s) {
    int open = s.indexOf('[');
    while (open >= 0) {
      int close = s.indexOf(']', open);
      if (close < 0) {
        break;
      }
      String inside = s.substring(open + 1, close);
      if (inside.regionMatches(true, 0, "IPv6:", 0, 5)) {
        inside = inside.substring(5);
      }
      if (IpAddresses.isIpv4(inside) || IpAddresses.isIpv6(inside)) {
        return inside.toLowerCase(Locale.ROOT);
      }
      open = s.indexOf('[', close);
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))
          && s.charAt(i - 1) != '.')) {
        int end = i;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
          end++;
        }
        if (IpAddresses.isIpv4(s.substring(i, end))) {
          return s.substring(i, end);
        }
        i = end - 1;
      }
    }
    for (String word : s.split("[ ()\\[\\],;]+")) {
      if (word.chars().filter(c -> c == ':').count() >= 2 && IpAddresses.isIpv6(word)) {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** The former {@code IpAddresses.isPublic}, splitting the octets with a regular expression. */
  private static boolean isPublic(String ip) {
    if (IpAddresses.isIpv4(ip)) {
      String[] p = ip.split("\\.");
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      int c = Integer.parseInt(p[2]);
      return !(a == 10 || a == 127 || a == 0 || a >= 224
          || a == 172 && b >= 16 && b <= 31
          || a == 192 && b == 168
          || a == 169 && b == 254
          || a == 100 && b >= 64 && b <= 127
          || a == 192 && b == 0 && (c == 0 || c == 2)
          || a == 198 && (b == 18 || b == 19)
          || a == 198 && b == 51 && c == 100
          || a == 203 && b == 0 && c == 113);
    }
    return ip.indexOf(':') >= 0 && IpAddresses.isPublic(ip); // IPv6 is unchanged
  }
}
