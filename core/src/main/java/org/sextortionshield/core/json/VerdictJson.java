package org.sextortionshield.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sextortionshield.core.advice.Advice;
import org.sextortionshield.core.indicator.Amount;
import org.sextortionshield.core.indicator.Contact;
import org.sextortionshield.core.indicator.Deadline;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.mail.Attachment;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Verdict;

/**
 * The one JSON form of a verdict, used by every output (CLI {@code json}/{@code jsonl}, integrations). Field names are
 * snake_case and stable; see the README for the format. Secrets in evidence are never written.
 */
public final class VerdictJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private VerdictJson() {}

  /** One verdict as a single-line JSON object; {@code file} is the input name (omitted when null). */
  public static String toJson(String file, Verdict v) {
    StringWriter out = new StringWriter(1024);
    write(file, v, out, false);
    return out.toString();
  }

  public static void write(String file, Verdict v, Writer out, boolean pretty) {
    try (JsonGenerator raw = FACTORY.createGenerator(out)) {
      if (pretty) {
        raw.useDefaultPrettyPrinter();
      }
      raw.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      verdict(MaskingGenerator.of(raw, v), file, v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void verdict(JsonGenerator g, String file, Verdict v) throws IOException {
    g.writeStartObject();
    if (file != null) {
      g.writeStringField("file", file);
    }
    g.writeStringField("message_id", v.messageId());
    g.writeStringField("subject", v.subject());
    MaskingGenerator.writeCodeField(g, "verdict", v.category().label());
    g.writeNumberField("score", round(v.score()));
    g.writeNumberField("rules_score", round(v.rulesScore()));
    MaskingGenerator.writeCodeField(g, "decided_by", v.decidedBy().label());
    if (v.model() != null) {
      model(g, v.model());
    }
    g.writeArrayFieldStart("signals");
    for (SignalResult s : v.signals()) {
      g.writeStartObject();
      MaskingGenerator.writeCodeField(g, "id", s.id());
      g.writeNumberField("weight", s.weight());
      MaskingGenerator.writeCodeField(g, "facet",
          s.facet().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      MaskingGenerator.writeCodeField(g, "explanation", s.explanation()); // the catalog's words, not the sender's
      g.writeArrayFieldStart("evidence");
      for (Evidence e : s.evidence()) {
        g.writeStartObject();
        MaskingGenerator.writeLocationField(g, "location", e.location());
        g.writeStringField("quote", e.quote());
        g.writeStringField("context", e.context());
        g.writeStringField("explanation", e.explanation());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    indicators(g, v.indicators());
    g.writeArrayFieldStart("advice");
    for (Advice a : v.advice()) {
      g.writeStartObject();
      MaskingGenerator.writeCodeField(g, "key", a.key());
      g.writeStringField("text", a.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!v.attached().isEmpty()) {
      g.writeArrayFieldStart("attached_messages");
      for (Verdict a : v.attached()) {
        verdict(g, null, a);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("attachments");
    for (Attachment a : v.attachments()) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeStringField("type", a.contentType());
      g.writeNumberField("size", a.size());
      MaskingGenerator.writeCodeField(g, "sha256", a.sha256());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (String p : v.problems()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeBooleanField("truncated", v.truncated());
    g.writeNumberField("size", v.size());
    if (!v.sha256().isEmpty()) {
      MaskingGenerator.writeCodeField(g, "sha256", v.sha256());
    }
    g.writeEndObject();
  }

  private static void model(JsonGenerator g, ModelOpinion m) throws IOException {
    g.writeObjectFieldStart("model");
    g.writeNumberField("probability", round(m.probability()));
    g.writeNumberField("signals_weight", round(m.signalsWeight()));
    g.writeArrayFieldStart("top_features");
    for (ModelOpinion.TopFeature f : m.topFeatures()) {
      g.writeStartObject();
      g.writeStringField("text", f.text());
      g.writeStringField("feature", f.feature());
      g.writeNumberField("weight", round(f.weight()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void indicators(JsonGenerator g, Indicators ind) throws IOException {
    g.writeObjectFieldStart("indicators");
    g.writeArrayFieldStart("wallets");
    for (Wallet w : ind.wallets()) {
      g.writeStartObject();
      MaskingGenerator.writeCodeField(g, "currency", w.currency());
      g.writeStringField("address", w.address());
      MaskingGenerator.writeCodeField(g, "type", w.type());
      g.writeBooleanField("validated", w.validated());
      g.writeBooleanField("testnet", w.testnet());
      MaskingGenerator.writeLocationField(g, "location", w.location());
      MaskingGenerator.writeCodeField(g, "found_in", w.foundIn());
      g.writeNumberField("start", w.start());
      g.writeNumberField("end", w.end());
      g.writeBooleanField("obfuscated", w.obfuscated());
      if (w.uri() != null) {
        g.writeStringField("uri", w.uri());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("amounts");
    for (Amount a : ind.amounts()) {
      g.writeStartObject();
      g.writeNumberField("value", a.value());
      MaskingGenerator.writeCodeField(g, "currency", a.currency());
      g.writeStringField("text", a.text());
      MaskingGenerator.writeLocationField(g, "location", a.location());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("deadlines");
    for (Deadline d : ind.deadlines()) {
      g.writeStartObject();
      g.writeNumberField("hours", d.hours());
      g.writeStringField("text", d.text());
      MaskingGenerator.writeLocationField(g, "location", d.location());
      g.writeEndObject();
    }
    g.writeEndArray();
    stringArray(g, "emails", ind.emails());
    stringArray(g, "urls", ind.urls());
    g.writeArrayFieldStart("contacts");
    for (Contact c : ind.contacts()) {
      g.writeStartObject();
      MaskingGenerator.writeCodeField(g, "type", c.type());
      g.writeStringField("value", c.value());
      MaskingGenerator.writeLocationField(g, "location", c.location());
      g.writeNumberField("start", c.start());
      g.writeNumberField("end", c.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (ind.senderIp() != null) {
      g.writeStringField("sender_ip", ind.senderIp());
    } else {
      g.writeNullField("sender_ip");
    }
    g.writeEndObject();
  }

  private static void stringArray(JsonGenerator g, String name, java.util.List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static double round(double d) {
    return Math.round(d * 10_000) / 10_000.0;
  }
}
