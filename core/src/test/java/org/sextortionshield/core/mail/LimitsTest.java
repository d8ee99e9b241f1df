package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {
  /** Found in review: below 4 text bytes per part the tail buffer of a long part was made with a negative size. */
  @Test
  void refusesATextLimitTooSmallForAPartsTail() {
    assertThatThrownBy(() -> new Limits(64L << 20, 3, 1 << 20, 1000, 24, 1 << 20, 16))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPartTextBytes must be at least 16");
  }

  @Test
  void refusesNonPositiveBounds() {
    assertThatThrownBy(() -> new Limits(0, 1 << 20, 1 << 20, 1000, 24, 1 << 20, 16))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new Limits(64L << 20, 1 << 20, 1 << 20, 0, 24, 1 << 20, 16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSmallestTextLimitStillReadsAPartsStartAndEnd() throws java.io.IOException {
    MailParser parser = new MailParser(new Limits(64L << 20, Limits.MIN_PART_TEXT_BYTES, 1 << 20, 1000, 24, 0, 16));
    String body = "start " + "x".repeat(500) + " end";
    ParsedMessage m = parser.parse(("Subject: s\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(m.textParts()).hasSize(1);
    assertThat(m.textParts().get(0).text()).startsWith("start").endsWith("nd"); // the last 16 / 4 bytes, trimmed
    assertThat(m.problems()).anyMatch(p -> p.contains("longer than"));
  }
}
