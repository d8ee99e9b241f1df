package org.sextortionshield.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationsTest {
  @Test
  void theKindIsTheNameBeforeAColonOrANumber() {
    assertThat(Locations.kind("body")).isEqualTo("body");
    assertThat(Locations.kind("body#2")).isEqualTo("body");
    assertThat(Locations.kind("attachment:a#b.txt")).isEqualTo("attachment");
    assertThat(Locations.kind("html-hidden#3")).isEqualTo("html-hidden");
    assertThat(Locations.kind("")).isEmpty();
  }

  @Test
  void aSecondSegmentOfOneNameIsNumbered() {
    Set<String> used = new HashSet<>();
    assertThat(Locations.unique("body", used)).isEqualTo("body");
    assertThat(Locations.unique("body", used)).isEqualTo("body#2");
    assertThat(Locations.unique("body", used)).isEqualTo("body#3");
    assertThat(Locations.unique("attachment:x.txt#2", used)).isEqualTo("attachment:x.txt#2");
    assertThat(Locations.unique("attachment:x.txt", used)).isEqualTo("attachment:x.txt");
    assertThat(Locations.unique("attachment:x.txt", used)).isEqualTo("attachment:x.txt#3"); // "#2" is a file's name
    assertThat(used).hasSize(6);
  }
}
