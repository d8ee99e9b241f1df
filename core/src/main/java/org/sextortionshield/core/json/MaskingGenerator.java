package org.sextortionshield.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.util.Set;
import org.sextortionshield.core.Secrets;
import org.sextortionshield.core.verdict.Verdict;

/**
 * The last line of defence for quoted passwords: every string value written is masked, whatever field it sits in (a
 * link, an address, an attachment name or another forward may repeat the password the evidence found).
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
