package org.sextortionshield.milter;

/**
 * What happens to a message, by its score: every message is tagged with X-Sextortion-* headers; a flagged message
 * whose score reaches a threshold also gets its subject prefixed, is quarantined, or is rejected. A null threshold
 * is off. When the engine fails, {@code tempfailOnError} chooses between fail-open (accept, tagged as error) and 451.
 */
public record ActionPolicy(Double subjectPrefixScore, String subjectPrefix, Double quarantineScore,
    Double rejectScore, String rejectText, boolean tempfailOnError, String tempfailText) {

  static boolean reached(Double threshold, double score) {
    return threshold != null && score >= threshold;
  }
}
