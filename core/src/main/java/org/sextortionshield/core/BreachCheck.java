package org.sextortionshield.core;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sextortionshield.core.advice.Situation;
import org.sextortionshield.core.password.BreachedPasswords;
import org.sextortionshield.core.password.PasswordHash;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.RecipientDataSignal;
import org.sextortionshield.core.signal.SignalResult;

/**
 * Looks up each password a mail quotes in known breaches, when the engine was asked to: the count goes into the
 * evidence's explanation and into the guidance's situation. Only the hash is handed to the lookup; a failed lookup
 * becomes one problem line without the password.
 */
final class BreachCheck {
  private final BreachedPasswords lookup;

  /** The evidence, possibly with counts added, and the facts and values for guidance. */
  record Outcome(List<SignalResult> fired, Situation situation) {}

  BreachCheck(BreachedPasswords lookup) {
    this.lookup = lookup;
  }

  Outcome check(List<SignalResult> fired, List<String> problems) {
    if (lookup == null || Secrets.of(fired).isEmpty()) {
      return new Outcome(fired, Situation.of());
    }
    Situation situation = Situation.of();
    List<SignalResult> out = new ArrayList<>(fired.size());
    for (SignalResult s : fired) {
      List<Evidence> evidence = new ArrayList<>(s.evidence().size());
      for (Evidence e : s.evidence()) {
        if (e.secret() == null || e.secret().isEmpty()) {
          evidence.add(e);
          continue;
        }
        String masked = RecipientDataSignal.mask(e.secret());
        try {
          long seen = lookup.timesSeen(PasswordHash.of(e.secret()));
          String count = NumberFormat.getIntegerInstance(Locale.ROOT).format(seen);
          situation = situation.and(Situation.of(seen > 0 ? Situation.PASSWORD_BREACHED
              : Situation.PASSWORD_NOT_BREACHED)).withValue(Situation.PASSWORD, masked)
              .withValue(Situation.COUNT, count);
          String found = seen > 0 ? "appears " + count + " times in known data breaches"
              : "was not found in known data breaches";
          evidence.add(new Evidence(e.location(), e.quote(), e.context(), e.explanation() + "; it " + found,
              e.start(), e.end(), e.secret()));
        } catch (IOException ex) {
          problems.add("could not check the quoted password " + masked + " against known breaches: "
              + ex.getMessage());
          evidence.add(e);
        }
      }
      out.add(new SignalResult(s.id(), s.facet(), s.weight(), s.explanation(), List.copyOf(evidence)));
    }
    return new Outcome(out, situation);
  }
}
