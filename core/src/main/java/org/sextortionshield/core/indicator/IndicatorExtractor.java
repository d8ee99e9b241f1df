package org.sextortionshield.core.indicator;

import org.sextortionshield.core.content.MessageContent;

/** One stage of indicator extraction; the engine runs all of them over a message's content. */
public interface IndicatorExtractor {
  void extract(MessageContent content, Indicators.Builder out);
}
