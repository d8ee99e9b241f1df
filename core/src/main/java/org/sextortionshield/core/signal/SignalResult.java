package org.sextortionshield.core.signal;

import java.util.List;

/** A signal that fired: id, weight, facet, and its evidence. */
public record SignalResult(String id, Facet facet, double weight, String explanation, List<Evidence> evidence) {}
