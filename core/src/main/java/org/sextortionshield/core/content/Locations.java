package org.sextortionshield.core.content;

import java.util.Set;

/**
 * Where a text segment is, as evidence names it: "subject", "body", "html", "html-hidden", "attachment:x.txt",
 * "pdf:a.pdf", "qr:a.png". A message may hold two segments of one name (two plain-text parts, two attachments named
 * alike); the second is "body#2", so every location names one segment and offsets into it are unambiguous.
 */
public final class Locations {
  private Locations() {}

  /** The kind of a location: "attachment:x.txt" is found in an "attachment", "body#2" in the "body". */
  public static String kind(String location) {
    int end = location.length();
    for (int i = 0; i < location.length(); i++) {
      char c = location.charAt(i);
      if (c == ':' || c == '#') {
        end = i;
        break;
      }
    }
    return location.substring(0, end);
  }

  /** {@code location}, or "location#n" with the first n from 2 not yet in {@code used}; adds what it returns. */
  static String unique(String location, Set<String> used) {
    String name = location;
    for (int n = 2; !used.add(name); n++) {
      name = location + "#" + n;
    }
    return name;
  }
}
