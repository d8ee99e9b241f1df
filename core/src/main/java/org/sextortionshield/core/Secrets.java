package org.sextortionshield.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.RecipientDataSignal;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Once any signal has found a secret (a quoted password), no evidence of any signal may show it in clear: every
 * quote and context sentence of the verdict is masked, since another cue may sit in the same sentence.
 */
public final class Secrets {
  private Secrets() {}

  /** Every secret the evidence holds, in clear: for masking, never for output. */
  public static Set<String> of(List<SignalResult> fired) {
    Set<String> secrets = new LinkedHashSet<>();
    for (SignalResult s : fired) {
      for (Evidence e : s.evidence()) {
        if (e.secret() != null && !e.secret().isEmpty()) {
          secrets.add(e.secret());
        }
      }
    }
    return secrets;
  }

  static List<SignalResult> maskEverywhere(List<SignalResult> fired) {
    return maskEverywhere(fired, of(fired));
  }

  /**
   * Every secret of a message and of its forwarded originals: a password one of them quotes must not show in clear in
   * another (a forward's subject, a cue sentence, a model explanation).
   */
  static Set<String> ofTree(Analysis a) {
    Set<String> secrets = new LinkedHashSet<>(of(a.signals()));
    for (Analysis m : a.attached()) {
      secrets.addAll(ofTree(m));
    }
    return secrets;
  }

  /** The same for a finished verdict and its forwards' verdicts (for writers: the last line of defence). */
  public static Set<String> ofTree(Verdict v) {
    Set<String> secrets = new LinkedHashSet<>(of(v.signals()));
    for (Verdict m : v.attached()) {
      secrets.addAll(ofTree(m));
    }
    return secrets;
  }

  static List<SignalResult> maskEverywhere(List<SignalResult> fired, Set<String> secrets) {
    if (secrets.isEmpty()) {
      return fired;
    }
    List<SignalResult> out = new ArrayList<>(fired.size());
    for (SignalResult s : fired) {
      List<Evidence> evidence = new ArrayList<>(s.evidence().size());
      for (Evidence e : s.evidence()) {
        evidence.add(new Evidence(e.location(), maskExcerpt(e.quote(), secrets), maskExcerpt(e.context(), secrets),
            e.explanation(), e.start(), e.end(), e.secret()));
      }
      out.add(new SignalResult(s.id(), s.facet(), s.weight(), s.explanation(), List.copyOf(evidence)));
    }
    return out;
  }

  /** The indicators with every secret masked in the addresses and links that repeat it (a link may carry it). */
  static Indicators maskLinks(Indicators ind, Set<String> secrets) {
    if (secrets.isEmpty()) {
      return ind;
    }
    return new Indicators(ind.wallets(), ind.amounts(), ind.deadlines(),
        ind.emails().stream().map(e -> mask(e, secrets)).toList(),
        ind.urls().stream().map(u -> mask(u, secrets)).toList(), ind.contacts(), ind.senderIp());
  }

  /**
   * An excerpt cut from a longer text (a quote, the context around it) with every secret masked, and also what is
   * left of one its edges cut through: a context ending "… your password is hunt" or starting "r-22 and then".
   */
  public static String maskExcerpt(String text, Set<String> secrets) {
    String out = mask(text, secrets);
    for (String secret : secrets) {
      for (int k = Math.min(secret.length() - 1, out.length()); k >= MIN_EDGE; k--) {
        if (out.startsWith(secret.substring(secret.length() - k))) {
          out = "*".repeat(k) + out.substring(k);
          break;
        }
      }
      for (int k = Math.min(secret.length() - 1, out.length()); k >= MIN_EDGE; k--) {
        if (out.endsWith(secret.substring(0, k))) {
          out = out.substring(0, out.length() - k) + "*".repeat(k);
          break;
        }
      }
    }
    return out;
  }

  /** The shortest piece of a secret masked at an excerpt's edge: shorter ones are too often ordinary text. */
  private static final int MIN_EDGE = 3;

  /**
   * {@code text} with each of {@code secrets} masked, longest first: when one secret contains another ("tulip-1987%"
   * and "tulip-1987"), the whole of the longer one is masked, whatever order they were found in.
   */
  public static String mask(String text, Set<String> secrets) {
    if (secrets.isEmpty()) {
      return text;
    }
    String out = text;
    List<String> longestFirst = new ArrayList<>(secrets);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String secret : longestFirst) {
      out = out.replace(secret, RecipientDataSignal.mask(secret));
    }
    return out;
  }

}
