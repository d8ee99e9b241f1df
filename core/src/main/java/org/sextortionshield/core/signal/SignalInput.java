package org.sextortionshield.core.signal;

import java.util.Set;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.indicator.Indicators;

/**
 * What every signal looks at: the prepared message, the indicators extracted from it, and its header trail (Received
 * chain, authentication results from trusted authserv-ids, From, Reply-To, Sender, Return-Path).
 */
public record SignalInput(MessageContent content, Indicators indicators, HeaderTrail trail) {

  /** The input with a header trail that trusts the topmost Authentication-Results header. */
  public SignalInput(MessageContent content, Indicators indicators) {
    this(content, indicators, HeaderTrail.of(content.message(), Set.of()));
  }
}
