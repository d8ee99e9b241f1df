package org.sextortionshield.core.verdict;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.SignalResult;

/**
 * Turns fired signals into a score and a category. The score is {@code 1 - exp(-sum of weights)}: each signal adds
 * evidence, none alone decides. But an extortion has a structure, and without it the score stays below
 * {@value #UNSTRUCTURED_CAP}, however many topics a mailing-list thread about webcams and Bitcoin touches:
 * <ul>
 *   <li>{@code sextortion}: a sexual claim, a demand for money, and something that makes it bite: a threat, a claim
 *       of control over the victim's device or account, data about the victim, or a forged sender;</li>
 *   <li>{@code extortion}: a demand and a threat, or a demand and a claim of control under time pressure. Data about
 *       the victim or a forged sender alone do not make a demand an extortion (newsletters name you, phishing
 *       forges senders).</li>
 * </ul>
 * A message is flagged when it has one of these structures and its score reaches the threshold.
 */
public final class Scorer {
  static final double UNSTRUCTURED_DAMPING = 0.4;
  static final double UNSTRUCTURED_CAP = 0.49;
  private final double threshold;

  public Scorer(double threshold) {
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  public record Result(double score, Category category) {}

  public Result score(List<SignalResult> signals) {
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    double sum = 0;
    for (SignalResult s : signals) {
      facets.add(s.facet());
      sum += s.weight();
    }
    boolean demand = facets.contains(Facet.DEMAND);
    boolean sexual = facets.contains(Facet.SEXUAL_CLAIM);
    boolean threat = facets.contains(Facet.THREAT);
    boolean control = facets.contains(Facet.COMPROMISE_CLAIM);
    boolean credibility = facets.contains(Facet.PERSONALISATION) || facets.contains(Facet.FORGERY);
    boolean pressure = facets.contains(Facet.PRESSURE);
    boolean sextortion = sexual && demand && (threat || control || credibility);
    boolean extortion = demand && (threat || control && pressure);
    if (!sextortion && !extortion) {
      return new Result(Math.min(UNSTRUCTURED_CAP, 1 - Math.exp(-sum * UNSTRUCTURED_DAMPING)), Category.CLEAN);
    }
    double score = 1 - Math.exp(-sum);
    Category category = score < threshold ? Category.CLEAN : sextortion ? Category.SEXTORTION : Category.EXTORTION;
    return new Result(score, category);
  }
}
