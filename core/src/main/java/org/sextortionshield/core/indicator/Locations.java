package org.sextortionshield.core.indicator;

/** The kind of a segment location: "attachment:x.txt" is found in an "attachment", "qr:a.png" in a "qr" code. */
public final class Locations {
  private Locations() {}

  public static String kind(String location) {
    int colon = location.indexOf(':');
    return colon < 0 ? location : location.substring(0, colon);
  }
}
