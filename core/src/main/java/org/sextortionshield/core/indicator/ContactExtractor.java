package org.sextortionshield.core.indicator;

import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.contact.ContactCues;
import org.sextortionshield.core.indicator.contact.ContactScan;

/**
 * Ways to reach or pay the sender named in the visible text: Skype IDs and names, Facebook/Instagram/Snapchat/
 * Telegram profiles and handles, WhatsApp and other international phone numbers (libphonenumber), Western Union
 * MTCNs and MoneyGram reference numbers where the text names the service. Service words are data
 * ({@code indicator/contacts.txt}).
 */
public final class ContactExtractor implements IndicatorExtractor {
  private final ContactCues cues = ContactCues.defaults();

  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    for (TextSegment segment : content.visibleSegments()) {
      ContactScan.segment(segment, cues, out);
    }
  }
}
