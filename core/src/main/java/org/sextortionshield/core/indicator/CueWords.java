package org.sextortionshield.core.indicator;

import org.sextortionshield.core.indicator.contact.ContactCues;

/** The words that begin duration phrases or contact cues: one filter, so that one pass over a segment's words serves both stages. */
public final class CueWords {
  public static final HashFilter FIRST_WORDS =
      HashFilter.union(DurationPhrases.defaults().keys(), ContactCues.defaults().firstWords());

  private CueWords() {}
}
