package org.sextortionshield.core.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void readsRfc5322DatesWithTheirZone() {
    assertThat(Dates.parse("Fri, 21 Nov 2026 10:15:30 +0100"))
        .isEqualTo(OffsetDateTime.of(2026, 11, 21, 10, 15, 30, 0, ZoneOffset.ofHours(1)));
    assertThat(Dates.parse("21 Nov 26 10:15 EST")).isEqualTo(OffsetDateTime.of(2026, 11, 21, 10, 15, 0, 0,
        ZoneOffset.ofHours(-5)));
    assertThat(Dates.parse("21 Nov 126 10:15 GMT").getYear()).isEqualTo(2026); // obsolete three-digit year
  }

  /** Found by auditing: year 999999999 parsed, and a deadline added to it, or its instant in UTC, threw. */
  @Test
  void yearsNoMailWasSentInAreUnreadable() {
    assertThat(Dates.parse("Fri, 31 Dec 999999999 23:00:00 +1800")).isNull();
    assertThat(Dates.parse("31 Dec 10000 23:59:59 -1800")).isNull();
    assertThat(Dates.parse("31 Dec -5 23:59:59 +0000")).isNull();
    assertThat(Dates.parse("31 Dec 0999 23:59:59 +0000").getYear()).isEqualTo(999); // four digits: as written
    assertThat(Dates.parse("31 Dec 99 23:59:59 +0000").getYear()).isEqualTo(1999);
    assertThat(Dates.parse("31 Dec " + Dates.MAX_YEAR + " 23:59:59 -1800").plusDays(366).toInstant().toString())
        .startsWith("9999-");
  }

  @Test
  void garbageIsUnreadableNotAnError() {
    assertThat(Dates.parse("tomorrow")).isNull();
    assertThat(Dates.parse("32 Foo 2026 25:61")).isNull();
    assertThat(Dates.parse(null)).isNull();
  }
}
