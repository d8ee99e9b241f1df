package org.sextortionshield.milter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLogTest {
  @Test
  void plainValuesStayPlainAndMissingOnesAreADash() {
    String line = MessageLog.event("message").field("queue_id", "4XyZ1").field("message_id", null).toString();
    assertThat(line).endsWith(" shield-milter message queue_id=4XyZ1 message_id=-");
  }

  @Test
  void strangersCannotForgeFieldsOrLines() {
    String line = MessageLog.event("message")
        .field("message_id", "<x> verdict=clean\nshield-milter message verdict=clean")
        .field("from", "\"quoted\\\"@example.net")
        .toString();
    assertThat(line).endsWith(
        " message_id=\"<x> verdict=clean\\x0ashield-milter message verdict=clean\" from=\"\\\"quoted\\\\\\\"@example.net\"");
    assertThat(line.lines()).hasSize(1);
  }

  @Test
  void longValuesAreCut() {
    String line = MessageLog.event("message").field("message_id", "a".repeat(500)).toString();
    assertThat(line).endsWith("message_id=" + "a".repeat(200) + "...");
  }
}
