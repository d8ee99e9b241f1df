package org.sextortionshield.core.domain;

import java.util.List;
import java.util.Set;

/**
 * A much-impersonated brand: its {@code id}, the names it goes by in display names (and each as words folded to
 * TR39 skeletons, {@code nameWords}), and the registrable domains it really sends from.
 */
public record Brand(String id, List<String> names, List<List<String>> nameWords, Set<String> domains) {}
