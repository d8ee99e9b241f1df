package org.sextortionshield.core.indicator.contact;

import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.Indicators;

/** Runs every contact scanner over one segment. */
public final class ContactScan {
  private ContactScan() {}

  public static void segment(TextSegment segment, ContactCues cues, Indicators.Builder out) {
    ContactSink sink = new ContactSink(segment, cues, out);
    HandleScanner.scan(sink, cues);
    PhoneScanner.scan(sink, cues);
    TransferNumberScanner.scan(sink, cues);
  }
}
