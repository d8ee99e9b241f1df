package org.sextortionshield.core.advice;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.RecipientDataSignal;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;

/**
 * What guidance is chosen by: a set of named facts about a message (or a password check) and a few values that may
 * be written into the guidance text. Facts are {@code category:<label>}, {@code signal:<id>},
 * {@code indicator:<kind>}, {@code cue:<class>}, and the plain facts below. Values never hold a secret in clear.
 */
public record Situation(Set<String> facts, Map<String, String> values) {
  /** The mail quotes a password (the clear value stays in the evidence's secret). */
  public static final String QUOTED_PASSWORD = "quoted-password";
  /** A password was checked against known breaches ({@code shield check-password}). */
  public static final String PASSWORD_CHECK = "password-check";
  /** The checked or quoted password appears in known breaches; value {@code count}. */
  public static final String PASSWORD_BREACHED = "password-breached";
  public static final String PASSWORD_NOT_BREACHED = "password-not-breached";
  /** Value: the quoted password, masked (first and last character). */
  public static final String PASSWORD = "password";
  /** Value: how often a password appears in known breaches. */
  public static final String COUNT = "count";

  /**
   * The indicator kinds a guidance file may name. The contact kinds (Skype ID, social-media profile, money-transfer
   * number, phone) are filled by the contact extractors; {@link #indicatorKinds} is the one place that maps
   * {@link Indicators} to kinds.
   */
  public static final Set<String> INDICATOR_KINDS = Set.of("wallet", "amount", "deadline", "email", "url",
      "skype-id", "social-profile", "mtcn", "phone");

  public Situation {
    facts = Set.copyOf(facts);
    values = Map.copyOf(values);
  }

  public static Situation of(String... facts) {
    return new Situation(Set.of(facts), Map.of());
  }

  /** The facts of a verdict: its category, the signals that fired, the indicators found and the cue classes seen. */
  public static Situation of(Category category, List<SignalResult> fired, Indicators indicators,
      Collection<String> cueClasses) {
    Set<String> facts = new LinkedHashSet<>();
    Map<String, String> values = new LinkedHashMap<>();
    facts.add("category:" + category.label());
    for (SignalResult s : fired) {
      facts.add("signal:" + s.id());
      for (Evidence e : s.evidence()) {
        if (e.secret() != null && !e.secret().isEmpty()) {
          facts.add(QUOTED_PASSWORD);
          values.putIfAbsent(PASSWORD, RecipientDataSignal.mask(e.secret()));
        }
      }
    }
    for (String kind : indicatorKinds(indicators)) {
      facts.add("indicator:" + kind);
    }
    for (String c : cueClasses) {
      facts.add("cue:" + c);
    }
    return new Situation(facts, values);
  }

  /** The kinds of indicator present; new indicator lists are added here and to {@link #INDICATOR_KINDS}. */
  public static Set<String> indicatorKinds(Indicators ind) {
    Set<String> kinds = new LinkedHashSet<>();
    if (!ind.wallets().isEmpty()) {
      kinds.add("wallet");
    }
    if (!ind.amounts().isEmpty()) {
      kinds.add("amount");
    }
    if (!ind.deadlines().isEmpty()) {
      kinds.add("deadline");
    }
    if (!ind.emails().isEmpty()) {
      kinds.add("email");
    }
    if (!ind.urls().isEmpty()) {
      kinds.add("url");
    }
    return kinds;
  }

  public boolean has(String fact) {
    return facts.contains(fact);
  }

  /** This situation and {@code other}'s facts; this one's values win. */
  public Situation and(Situation other) {
    if (other.facts.isEmpty() && other.values.isEmpty()) {
      return this; // the common case (no breach check, no forwarded original): no copies per scanned message
    }
    Set<String> f = new LinkedHashSet<>(facts);
    f.addAll(other.facts);
    Map<String, String> v = new LinkedHashMap<>(other.values);
    v.putAll(values);
    return new Situation(f, v);
  }

  public Situation with(String fact) {
    return and(new Situation(Set.of(fact), Map.of()));
  }

  /** With a value replaced (values of this situation otherwise win in {@link #and}). */
  public Situation withValue(String name, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put(name, value);
    return new Situation(facts, v);
  }
}
