package org.sextortionshield.core.indicator.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contact scanners' searches find what looking at every place finds: international prefixes, and profile links
 * (by their anchors).
 */
class ContactSearchTest {
  private static final ContactCues CUES = ContactCues.defaults();

  @Test
  void prefixesAreEveryPlusAndDoubleZero() {
    Random random = new Random(21);
    String pieces = "+00 0a1+";
    for (int n = 0; n < 5_000; n++) {
      String s = random(random, pieces, random.nextInt(40));
      PhoneScanner.Prefixes prefixes = new PhoneScanner.Prefixes(s);
      int from = 0;
      while (true) {
        int expected = -1;
        for (int i = from; i < s.length(); i++) {
          if (s.charAt(i) == '+' || s.startsWith("00", i)) {
            expected = i;
            break;
          }
        }
        int next = prefixes.next(from);
        assertThat(next).as("from %d in %s", from, s).isEqualTo(expected);
        if (next < 0) {
          break;
        }
        from = next + 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
      }
    }
  }

  @Test
  void linksAreFoundWhereverTheyStand() {
    Random random = new Random(22);
    List<String> pieces = new ArrayList<>();
    for (ContactCues.Form f : CUES.links) {
      pieces.add(f.written());
      pieces.add(f.written().substring(0, f.written().length() - 1));
    }
    pieces.addAll(List.of(".com/", ".me/", ".am/", "/", ".", "x", " ", "www.", "https://", "1"));
    int found = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String s = b.toString();
      int[][] places = HandleScanner.linkPlaces(s, CUES);
      for (int k = 0; k < CUES.links.size(); k++) {
        List<Integer> expected = new ArrayList<>();
        String link = CUES.links.get(k).written();
        for (int at = s.indexOf(link); at >= 0; at = s.indexOf(link, at + 1)) {
          expected.add(at);
        }
        assertThat(places[k]).as("%s in %s", link, s).containsExactly(expected.stream().mapToInt(i -> i).toArray());
        found += expected.size();
      }
    }
    assertThat(found).isGreaterThan(3_000);
  }

  private static String random(Random random, String pieces, int length) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < length; k++) {
      b.append(pieces.charAt(random.nextInt(pieces.length())));
    }
    return b.toString();
  }
}
