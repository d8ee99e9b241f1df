package org.sextortionshield.core.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Secrets;
import org.sextortionshield.core.content.Locations;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.Amount;
import org.sextortionshield.core.indicator.Contact;
import org.sextortionshield.core.indicator.Deadline;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.json.VerdictJson;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.text.NormalizedText;
import org.sextortionshield.core.verdict.Verdict;

/**
 * What must hold for every input, however hostile, beyond "no exception": the fuzz targets and the regression tests
 * made from their findings check these. Each check throws {@link AssertionError} naming what broke.
 */
public final class Invariants {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Invariants() {}

  /** Every normalised position maps back into the original, in order, and every quote is a piece of the original. */
  public static void offsetMap(NormalizedText n) {
    String original = n.original();
    int previous = 0;
    for (int i = 0; i < n.length(); i++) {
      int start = n.sourceStart(i);
      int end = n.sourceEnd(i + 1);
      check(start >= 0 && start < original.length(), "sourceStart(" + i + ") = " + start + " outside the original");
      check(start <= end && end <= original.length(), "sourceEnd(" + (i + 1) + ") = " + end + " before its start "
          + start + " or past the original's end " + original.length());
      check(start >= previous, "sourceStart goes backwards at " + i + ": " + start + " < " + previous);
      previous = start;
    }
    if (n.length() > 0) {
      String whole = n.quote(0, n.length());
      check(original.contains(whole), "quote of the whole text is not in the original");
    }
  }

  /** Scores in [0, 1], evidence quoting the original at its offsets, indicators inside their texts. */
  public static void analysis(Analysis a, Verdict v) {
    check(v.score() >= 0 && v.score() <= 1, "score " + v.score() + " outside [0, 1]");
    check(v.ownScore() >= 0 && v.ownScore() <= 1, "own score " + v.ownScore() + " outside [0, 1]");
    check(v.rulesScore() >= 0 && v.rulesScore() <= 1, "rules score " + v.rulesScore() + " outside [0, 1]");
    if (v.model() != null) {
      double p = v.model().probability();
      check(p >= 0 && p <= 1, "model probability " + p + " outside [0, 1]");
    }
    Set<String> secrets = Secrets.of(a.signals());
    for (SignalResult s : a.signals()) {
      check(s.weight() >= 0, "signal " + s.id() + " has a negative weight");
      for (Evidence e : s.evidence()) {
        evidence(a.content(), e, secrets, s.id());
      }
    }
    indicators(a.content(), a.indicators());
    check(a.attached().size() == v.attached().size(), "attached analyses and verdicts differ in number");
    for (int i = 0; i < a.attached().size(); i++) {
      analysis(a.attached().get(i), v.attached().get(i));
    }
  }

  /** The verdict as JSON: well-formed, and no quoted password of any (forwarded) message in clear. */
  public static String json(Analysis a, Verdict v) {
    String json = VerdictJson.toJson("fuzz.eml", v);
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("verdict JSON is not well-formed: " + e.getMessage(), e);
    }
    double score = node.get("score").asDouble();
    check(score >= 0 && score <= 1 && Math.abs(score - v.score()) <= 0.00005 + 1e-12,
        "JSON score " + score + " is not the verdict's " + v.score() + " rounded");
    Set<String> secrets = allSecrets(a);
    if (!secrets.isEmpty()) {
      noSecretInClear(node, "", "", secrets);
    }
    return json;
  }

  /**
   * Every string the sender could have written is free of the quoted passwords. Values of a fixed vocabulary (ids,
   * keys, codes, hashes) are written as they are, so a password like "data" may sit inside "recipient-data".
   */
  private static void noSecretInClear(JsonNode node, String field, String array, Set<String> secrets) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> noSecretInClear(f.getValue(), f.getKey(), array, secrets));
    } else if (node.isArray()) {
      node.forEach(element -> noSecretInClear(element, field, field, secrets));
    } else if (node.isTextual() && !CODES.contains(array + "." + field) && !CODES.contains("*." + field)) {
      String text = field.equals("location") ? node.asText().substring(Locations.kind(node.asText()).length())
          : node.asText();
      for (String secret : secrets) {
        check(!text.contains(secret), "the quoted password '" + secret + "' appears in clear in the JSON (" + array
            + "." + field + ")");
      }
    }
  }

  /** Fields of a fixed vocabulary, as "array.field" ("*" for any). */
  private static final Set<String> CODES = Set.of("*.verdict", "*.decided_by", "*.sha256", "signals.id",
      "signals.facet", "signals.explanation", "advice.key", "wallets.currency", "wallets.type", "wallets.found_in",
      "amounts.currency", "contacts.type");

  private static void evidence(MessageContent content, Evidence e, Set<String> secrets, String signal) {
    TextSegment t = segment(content, e.location());
    if (t == null) {
      return; // header evidence, or the message's own header lines: no offsets
    }
    String original = t.original();
    boolean quoted = false;
    if (e.start() >= 0 && e.start() <= e.end() && e.end() <= original.length()) {
      String piece = original.substring(e.start(), e.end());
      for (String expected : new String[] {Secrets.maskExcerpt(piece, secrets), Secrets.mask(piece, secrets)}) {
        quoted |= e.quote().equals(expected) || e.quote().equals(expected + "…"); // "…": the quote was cut there
      }
    }
    check(quoted, "evidence of " + signal + " at " + e.location() + " [" + e.start() + ", " + e.end() + ") quotes '"
        + e.quote() + "', which is not the original text there");
  }

  static void indicators(MessageContent content, Indicators found) {
    for (Wallet w : found.wallets()) {
      span(content, w.location(), w.start(), w.end(), "wallet " + w.address());
    }
    for (Amount m : found.amounts()) {
      span(content, m.location(), m.start(), m.end(), "amount " + m.text());
      check(m.value().signum() >= 0, "negative amount " + m.value());
    }
    for (Deadline d : found.deadlines()) {
      span(content, d.location(), d.start(), d.end(), "deadline " + d.text());
      check(d.hours() >= 0 && !Double.isNaN(d.hours()), "deadline of " + d.hours() + " hours");
    }
    for (Contact c : found.contacts()) {
      span(content, c.location(), c.start(), c.end(), "contact " + c.value());
    }
  }

  /** [start, end) lies inside the text at {@code location} (when the location is a text of the message). */
  private static void span(MessageContent content, String location, int start, int end, String what) {
    TextSegment t = segment(content, location);
    if (t == null) {
      return; // found in a URI's query or another place without a segment of its own
    }
    check(start >= 0 && start <= end && end <= t.original().length(),
        what + " at " + location + " [" + start + ", " + end + ") lies outside its text");
  }

  /** The one segment at {@code location}, or null: two segments never share a location. */
  private static TextSegment segment(MessageContent content, String location) {
    TextSegment found = null;
    for (TextSegment s : content.segments()) {
      if (s.location().equals(location)) {
        check(found == null, "two segments at " + location);
        found = s;
      }
    }
    return found;
  }

  private static Set<String> allSecrets(Analysis a) {
    Set<String> out = new LinkedHashSet<>(Secrets.of(a.signals()));
    for (Analysis m : a.attached()) {
      out.addAll(allSecrets(m));
    }
    return out;
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
