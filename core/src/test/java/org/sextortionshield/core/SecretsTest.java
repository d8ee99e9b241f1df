package org.sextortionshield.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Found by fuzzing: a mail quoting "tulip-1987" and "tulip-1987%" masked them differently depending on order. */
class SecretsTest {

  @Test
  void aSecretInsideAnotherIsMaskedTheSameWhateverOrderTheyWereFoundIn() {
    String text = "is tulip-1987% and is tulip-1987, then";
    String expected = "is t*********% and is t********7, then";
    assertThat(Secrets.mask(text, new LinkedHashSet<>(List.of("tulip-1987", "tulip-1987%")))).isEqualTo(expected);
    assertThat(Secrets.mask(text, new LinkedHashSet<>(List.of("tulip-1987%", "tulip-1987")))).isEqualTo(expected);
  }
}
