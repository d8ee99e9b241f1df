package org.sextortionshield.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sextortionshield.core.header.AuthResult;
import org.sextortionshield.core.header.ReceivedHop;
import org.sextortionshield.core.json.VerdictJson;

/**
 * {@code evidence.json}: everything in the pack for machines — the message's statements, the verdict (the same
 * object {@code shield scan --format json} writes), the header trail, indicators, timeline and the report-form
 * fields with which of them the victim still has to fill. Snake_case names; secrets masked.
 */
final class EvidenceJson {
  static final String FORMAT = "sextortion-shield-evidence/1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /**
   * Fields written as they are: our own codes, times and hashes ("verdict" is masked by its own writer already).
   * Nothing a header carries is one: a Received id or an Authentication-Results method is the sender's to write.
   */
  static final java.util.Set<String> CODES = java.util.Set.of("format", "verdict", "analysed_at", "date", "when",
      "timestamp", "sha256", "kind", "source");

  private EvidenceJson() {}

  static String of(CaseFile c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("file", c.name());
    root.put("analysed_at", c.analysedAt().atOffset(ZoneOffset.UTC).toString());
    root.put("sha256", c.sha256());
    root.put("size", c.original().length);
    MessageFacts f = c.facts();
    ObjectNode message = root.putObject("message");
    message.put("date", time(f.date()));
    message.put("date_text", f.dateText());
    message.put("from", f.from());
    message.put("reply_to", f.replyTo());
    message.put("return_path", f.returnPath());
    message.put("to", f.to());
    message.put("subject", f.subject());
    message.put("message_id", f.messageId());
    message.put("received", time(c.received()));
    try {
      root.set("verdict", JSON.readTree(VerdictJson.toJson(c.name(), c.verdict())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("VerdictJson wrote invalid JSON", e);
    }
    trail(root.putObject("header_trail"), c);
    ArrayNode indicators = root.putArray("indicators");
    for (IndicatorRow r : c.indicators()) {
      ObjectNode o = indicators.addObject();
      o.put("kind", r.kind());
      o.put("value", r.value());
      o.put("qualifier", r.qualifier());
      o.put("detail", r.detail());
      o.put("link", r.link());
      o.put("location", r.location());
    }
    ArrayNode timeline = root.putArray("timeline");
    for (TimelineEvent e : c.timeline()) {
      ObjectNode o = timeline.addObject();
      o.put("when", time(e.when()));
      o.put("what", e.what());
      o.put("source", e.source());
    }
    ArrayNode fields = root.putArray("report_fields");
    for (ReportField field : c.reportFields()) {
      ObjectNode o = fields.addObject();
      o.put("key", field.key());
      o.put("label", field.label());
      ArrayNode forms = o.putArray("forms");
      field.forms().forEach(forms::add);
      o.put("value", field.value());
      o.put("known", field.known());
    }
    try {
      c.clean(root, CODES);
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void trail(ObjectNode out, CaseFile c) {
    ArrayNode hops = out.putArray("received");
    for (ReceivedHop h : c.trail().received().hops()) {
      ObjectNode o = hops.addObject();
      o.put("from_helo", h.fromHelo());
      o.put("from_host", h.fromHost());
      o.put("ip", h.ip());
      o.put("by", h.by());
      o.put("with", h.with());
      o.put("id", h.id());
      o.put("timestamp", time(h.timestamp()));
    }
    out.put("sending_ip", c.trail().received().firstExternalIp());
    out.put("claimed_origin_ip", c.trail().received().claimedOriginIp());
    ArrayNode auth = out.putArray("authentication");
    for (AuthResult r : c.trail().authentication().all()) {
      ObjectNode o = auth.addObject();
      o.put("method", r.method());
      o.put("result", r.result());
      o.put("reason", r.reason());
      o.put("authserv_id", r.authservId());
      o.put("trusted", r.trusted());
      o.put("arc", r.arc());
      ObjectNode props = o.putObject("properties");
      r.properties().forEach((key, value) -> props.put(c.clean(key), value)); // keys are the sender's words too
    }
  }

  private static String time(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }
}
