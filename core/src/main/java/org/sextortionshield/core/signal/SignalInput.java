package org.sextortionshield.core.signal;

import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.indicator.Indicators;

/** What every signal looks at: the prepared message and the indicators extracted from it. */
public record SignalInput(MessageContent content, Indicators indicators) {}
