package org.sextortionshield.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.util.Set;
import org.sextortionshield.core.Secrets;
import org.sextortionshield.core.content.Locations;
import org.sextortionshield.core.verdict.Verdict;

/**
 * The last line of defence for quoted passwords: every string value written is masked, whatever field it sits in (a
 * link, an address, an attachment name or another forward may repeat the password the evidence found), except
 * values of a fixed vocabulary, written through {@link #writeCodeField}.
 */
final class MaskingGenerator extends JsonGeneratorDelegate {
  private final Set<String> secrets;

  private MaskingGenerator(JsonGenerator delegate, Set<String> secrets) {
    super(delegate, false);
    this.secrets = secrets;
  }

  /** {@code g} itself when the verdict (and its forwards) quote no secret. */
  static JsonGenerator of(JsonGenerator g, Verdict v) {
    Set<String> secrets = Secrets.ofTree(v);
    return secrets.isEmpty() ? g : new MaskingGenerator(g, secrets);
  }

  /**
   * Writes a value of a fixed vocabulary (a verdict, a signal id, an advice key, a currency, a hash) as it is: a
   * password such as "body", "data" or "1234" would otherwise mask a location, an id or a hash into nonsense.
   */
  static void writeCodeField(JsonGenerator g, String fieldName, String value) throws IOException {
    JsonGenerator target = g instanceof MaskingGenerator m ? m.delegate() : g;
    target.writeStringField(fieldName, value);
  }

  /** Writes a location: its kind ("attachment", "body") as it is, the name after it (a file name) masked. */
  static void writeLocationField(JsonGenerator g, String fieldName, String location) throws IOException {
    if (!(g instanceof MaskingGenerator m)) {
      g.writeStringField(fieldName, location);
      return;
    }
    String kind = Locations.kind(location);
    m.delegate().writeStringField(fieldName, kind + Secrets.mask(location.substring(kind.length()), m.secrets));
  }

  @Override
  public void writeString(String text) throws IOException {
    super.writeString(text == null ? null : Secrets.mask(text, secrets));
  }

  @Override
  public void writeStringField(String fieldName, String value) throws IOException {
    writeFieldName(fieldName);
    writeString(value);
  }
}
