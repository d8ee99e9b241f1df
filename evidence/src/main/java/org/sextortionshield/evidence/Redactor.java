package org.sextortionshield.evidence;

import java.util.LinkedHashSet;
import java.util.Set;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.RecipientDataSignal;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Masks every secret the verdict found (a quoted password, also in forwarded originals) in any text the pack writes.
 * Only {@code original.eml} keeps the message as it was: it is the evidence itself.
 */
final class Redactor {
  private final Set<String> secrets;

  private Redactor(Set<String> secrets) {
    this.secrets = secrets;
  }

  static Redactor of(Verdict verdict) {
    Set<String> secrets = new LinkedHashSet<>();
    collect(verdict, secrets);
    return new Redactor(secrets);
  }

  private static void collect(Verdict v, Set<String> out) {
    for (SignalResult s : v.signals()) {
      for (Evidence e : s.evidence()) {
        if (e.secret() != null && !e.secret().isEmpty()) {
          out.add(e.secret());
        }
      }
    }
    v.attached().forEach(a -> collect(a, out));
  }

  /** The secrets as they may be shown: masked. */
  java.util.List<String> masked() {
    return secrets.stream().map(RecipientDataSignal::mask).toList();
  }

  /** The text with every secret masked (first and last character); null stays null. */
  String clean(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, RecipientDataSignal.mask(s));
    }
    return out;
  }
}
