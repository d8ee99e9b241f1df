package org.sextortionshield.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

class SyntheticMailTest {
  private final SyntheticMail mail = SyntheticMail.load();
  private final Shield shield = Shield.defaults();

  @Test
  void theSameIndexGivesTheSameBytesAndAnotherIndexOthers() {
    for (SyntheticMail.Kind kind : SyntheticMail.Kind.values()) {
      assertThat(mail.message(kind, 7)).isEqualTo(mail.message(kind, 7));
      assertThat(Arrays.equals(mail.message(kind, 7), mail.message(kind, 8))).as(kind.name()).isFalse();
    }
  }

  @Test
  void scamsAreCalledSextortionAndTheRestClean() throws IOException {
    for (long i = 0; i < 5; i++) {
      assertThat(shield.scan(mail.message(SyntheticMail.Kind.SCAM, i)).category()).isEqualTo(Category.SEXTORTION);
      assertThat(shield.scan(mail.message(SyntheticMail.Kind.MULTIPART, i)).category())
          .isEqualTo(Category.SEXTORTION);
      assertThat(shield.scan(mail.message(SyntheticMail.Kind.PLAIN, i)).isClean()).isTrue();
      assertThat(shield.scan(mail.message(SyntheticMail.Kind.HTML, i)).isClean()).isTrue();
    }
  }

  @Test
  void aLargeMessageIsAboutHalfAMegabyteAndClean() throws IOException {
    byte[] large = mail.message(SyntheticMail.Kind.LARGE, 3);
    assertThat(large.length).isBetween(512 * 1024, 600 * 1024);
    Verdict v = shield.scan(large);
    assertThat(v.isClean()).isTrue();
  }
}
