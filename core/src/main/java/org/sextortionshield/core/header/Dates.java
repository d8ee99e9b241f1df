package org.sextortionshield.core.header;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient RFC 5322 date-time parsing ("Tue, 14 Mar 2023 09:12:44 +0100 (CET)", "14 Mar 23 9:12:44 GMT"): optional
 * day name, one- or two-digit day, two- or four-digit year, optional seconds, numeric or named zone. Null when
 * unreadable.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> ZONES = Map.of("ut", 0, "utc", 0, "gmt", 0, "z", 0, "est", -5,
      "edt", -4, "cst", -6, "cdt", -5, "mst", -7, "mdt", -6);

  /** The last year read: a deadline of up to a year added to it still prints as four digits (RFC 3339, STIX). */
  static final int MAX_YEAR = 9997;

  private Dates() {}

  public static OffsetDateTime parse(String text) {
    if (text == null || text.length() > 200) {
      return null;
    }
    String s = text;
    int paren = s.indexOf('(');
    if (paren >= 0) {
      s = s.substring(0, paren);
    }
    String[] words = words(s.replace(',', ' '));
    int i = 0;
    if (i < words.length && words[i].length() >= 3 && Character.isLetter(words[i].charAt(0))
        && !MONTHS.containsKey(words[i].substring(0, 3).toLowerCase(Locale.ROOT))) {
      i++; // day name
    }
    try {
      int day = Integer.parseInt(words[i++]);
      Integer month = MONTHS.get(words[i++].substring(0, 3).toLowerCase(Locale.ROOT));
      String written = words[i++];
      int year = Integer.parseInt(written);
      if (year < 0) {
        return null;
      } else if (written.length() <= 2) {
        year += year < 50 ? 2000 : 1900; // RFC 5322's obsolete two- and three-digit years, by the digits written
      } else if (written.length() == 3) {
        year += 1900;
      }
      if (year > MAX_YEAR) {
        return null; // a date no mail was sent on; year 999999999 broke every date sum and format after it
      }
      String[] hms = words[i++].split(":");
      int hour = Integer.parseInt(hms[0]);
      int minute = Integer.parseInt(hms[1]);
      int second = hms.length > 2 ? Integer.parseInt(hms[2]) : 0;
      ZoneOffset zone = i < words.length ? zone(words[i]) : ZoneOffset.UTC;
      if (month == null || zone == null) {
        return null;
      }
      return OffsetDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, Math.min(second, 59)),
          zone);
    } catch (RuntimeException e) {
      return null; // any malformed part: unreadable
    }
  }

  private static String[] words(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ') {
        i++;
      }
      if (start < i) {
        out.add(s.substring(start, i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static ZoneOffset zone(String z) {
    if ((z.startsWith("+") || z.startsWith("-")) && z.length() == 5) {
      int sign = z.charAt(0) == '-' ? -1 : 1;
      int hours = Integer.parseInt(z.substring(1, 3));
      int minutes = Integer.parseInt(z.substring(3, 5));
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    Integer named = ZONES.get(z.toLowerCase(Locale.ROOT));
    return named == null ? ZoneOffset.UTC : ZoneOffset.ofHours(named);
  }
}
