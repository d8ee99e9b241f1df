package org.sextortionshield.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /** Found in review: a context cut through the password showed the rest of it ("fgh-12345678 and then …"). */
  @Test
  void whatIsLeftOfASecretAtAnExcerptsEdgeIsMasked() {
    Set<String> secrets = Set.of("Abcdefgh-12345678");
    assertThat(Secrets.maskExcerpt("fgh-12345678 and then my program", secrets))
        .isEqualTo("************ and then my program");
    assertThat(Secrets.maskExcerpt("your password is Abcd", secrets)).isEqualTo("your password is ****");
    assertThat(Secrets.maskExcerpt("is Abcdefgh-12345678 now", secrets)).isEqualTo("is A***************8 now");
    assertThat(Secrets.maskExcerpt("78 days", secrets)).isEqualTo("78 days"); // two characters: ordinary text
  }
}
