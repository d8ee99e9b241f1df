package org.sextortionshield.evidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.header.ReceivedHop;
import org.sextortionshield.core.indicator.Deadline;
import org.sextortionshield.core.indicator.Indicators;

/**
 * The message's timeline in order: the date the sender wrote, each relay's receipt time (oldest first), when a
 * deadline given in the message runs out counted from that date, and when the pack was made.
 */
final class Timeline {
  private Timeline() {}

  static List<TimelineEvent> of(MessageFacts facts, HeaderTrail trail, Indicators indicators, Instant analysedAt) {
    List<TimelineEvent> events = new ArrayList<>();
    if (facts.date() != null) {
      events.add(new TimelineEvent(facts.date(), "The message says it was written (Date header)", "sender"));
    }
    List<ReceivedHop> hops = trail.received().hops();
    for (int i = hops.size() - 1; i >= 0; i--) {
      ReceivedHop hop = hops.get(i);
      if (hop.timestamp() == null) {
        continue;
      }
      String from = hop.fromHost().isEmpty() ? hop.fromHelo() : hop.fromHost();
      String what = "Received by " + (hop.by().isEmpty() ? "a relay" : hop.by())
          + (from.isEmpty() ? "" : " from " + from) + (hop.ip().isEmpty() ? "" : " [" + hop.ip() + "]");
      events.add(new TimelineEvent(hop.timestamp(), what, "Received header " + (i + 1) + " of " + hops.size()));
    }
    if (facts.date() != null) {
      for (Deadline d : indicators.deadlines()) {
        long minutes = Math.round(d.hours() * 60);
        events.add(new TimelineEvent(facts.date().plusMinutes(minutes), "The deadline in the message (\""
            + d.text() + "\") runs out, counted from the message date", "computed"));
      }
    }
    events.add(new TimelineEvent(analysedAt.atOffset(ZoneOffset.UTC), "Analysed; this evidence pack was made",
        "Sextortion Shield"));
    events.sort(Comparator.comparing(TimelineEvent::when, Comparator.comparing(OffsetDateTime::toInstant)));
    return List.copyOf(events);
  }
}
