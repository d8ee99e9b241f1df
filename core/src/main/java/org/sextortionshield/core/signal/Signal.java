package org.sextortionshield.core.signal;

import java.util.List;

/**
 * One recognisable trait of an extortion mail. A signal fires when it returns evidence; its weight, facet and
 * explanation come from {@code signal/signals.txt} so they can be read and tuned without touching code.
 */
public interface Signal {
  String id();

  /** The evidence for this signal in the message; empty when it does not fire. */
  List<Evidence> evaluate(SignalInput input, SignalDefinition definition);
}
