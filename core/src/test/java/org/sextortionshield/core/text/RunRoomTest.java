package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunRoomTest {
  @Test
  void aShortTextGetsRoomByItsLengthALongOneItsRunsCounted() {
    String shortText = "pay 500 now";
    assertThat(RunRoom.of(shortText, Character::isLetterOrDigit))
        .isEqualTo(shortText.length() / RunRoom.CHARS_PER_RUN + 8);
    String longText = "ab, c ".repeat(RunRoom.GROWN_UP_TO / 6 + 1); // two runs per repetition
    assertThat(longText.length()).isGreaterThan(RunRoom.GROWN_UP_TO);
    assertThat(RunRoom.of(longText, Character::isLetterOrDigit)).isEqualTo(2 * (RunRoom.GROWN_UP_TO / 6 + 1));
    assertThat(RunRoom.of(" ".repeat(RunRoom.GROWN_UP_TO + 1), Character::isLetterOrDigit)).isEqualTo(1);
  }
}
