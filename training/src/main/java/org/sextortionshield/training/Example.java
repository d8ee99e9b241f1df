package org.sextortionshield.training;

import java.util.List;
import java.util.Set;
import org.sextortionshield.core.model.FeatureVector;
import org.sextortionshield.core.verdict.Scorer;

/**
 * One labelled corpus file as training and evaluation see it: the features and rules' findings of each message in it
 * (the file's own message first, then forwarded originals and further mbox members), plus what grouping needs. The
 * message text itself is not kept.
 *
 * @param wallets wallet addresses named anywhere in the file (a campaign's fingerprint)
 * @param signature MinHash signature of the first message's words (near-duplicate detection)
 * @param sha256 the file's hash, for the corpus fingerprint
 * @param error why the file could not be read; null when it could
 */
public record Example(Manifest.Entry entry, List<Part> parts, Set<String> wallets, int[] signature, String sha256,
    String error) {

  /** One message of the file. */
  public record Part(FeatureVector features, Scorer.Result rules, boolean demand, List<String> signals) {}

  public boolean positive() {
    return entry.positive();
  }

  /** The message the label speaks of: the file's own (first) message. Null for an unreadable file. */
  public Part primary() {
    return parts.isEmpty() ? null : parts.get(0);
  }
}
