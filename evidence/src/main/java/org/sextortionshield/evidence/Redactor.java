package org.sextortionshield.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.Secrets;
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
  List<String> masked() {
    return secrets.stream().map(RecipientDataSignal::mask).toList();
  }

  /** The text with every secret masked (first and last character, longest secret first); null stays null. */
  String clean(String text) {
    return text == null || secrets.isEmpty() ? text : Secrets.mask(text, secrets);
  }

  /**
   * Masks every text value of a JSON tree in place, except under the fields named in {@code codes} (ids, types,
   * times, hashes): masking the written JSON instead broke it when a password was "null", "true" or "type", and
   * missed one the writer had escaped ("hun\\ter22").
   */
  void clean(JsonNode node, Set<String> codes) {
    if (secrets.isEmpty()) {
      return;
    }
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (codes.contains(name)) {
          continue;
        }
        if (child.isTextual()) {
          object.put(name, clean(child.asText()));
        } else {
          clean(child, codes);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(clean(array.get(i).asText())));
        } else {
          clean(array.get(i), codes);
        }
      }
    }
  }
}
