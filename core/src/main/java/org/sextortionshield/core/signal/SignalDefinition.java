package org.sextortionshield.core.signal;

/**
 * A signal's tunable data: how much it weighs, which facet it speaks to, its one-line explanation, and for signals
 * that simply quote lexicon cues, the cue class ({@code cues}; null for signals with logic of their own).
 */
public record SignalDefinition(String id, Facet facet, double weight, String explanation, String cues) {}
