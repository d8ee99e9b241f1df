package org.sextortionshield.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code stix-bundle.json}: a STIX 2.1 bundle for sharing with investigators and threat-intelligence platforms.
 *
 * <ul>
 *   <li>an {@code identity} for Sextortion Shield (the creator of every object);</li>
 *   <li>the {@code email-message} (subject masked, date, From, Reply-To and Message-ID) with {@code email-addr}
 *       objects for the sender; the recipients are the victim and are left out;</li>
 *   <li>one {@code indicator} per sender address, link, sender IP and wallet, with a STIX pattern
 *       ({@code [email-addr:value = '…']}, {@code [url:value = '…']}, {@code [ipv4-addr:value = '…']});</li>
 *   <li>wallets: STIX 2.1 has no wallet object, so each is a custom observable {@code x-cryptocurrency-wallet}
 *       ({@code address}, {@code currency}, {@code x_explorer_url}) and its indicator's pattern is
 *       {@code [x-cryptocurrency-wallet:address = '…']};</li>
 *   <li>contact IDs: a profile link is a {@code url}, a Skype ID a {@code user-account} with
 *       {@code account_type} "skype"; phone numbers and money-transfer numbers have no STIX object and go into the
 *       report's {@code x_other_contacts};</li>
 *   <li>a {@code report} that names them all, with the verdict in its description and amounts and deadlines in
 *       the custom properties {@code x_amounts_demanded} and {@code x_deadlines}.</li>
 * </ul>
 */
final class StixBundle {
  static final String WALLET_TYPE = "x-cryptocurrency-wallet";
  /** Fields written as they are: STIX's own vocabulary, ids, references and times. */
  static final java.util.Set<String> CODES = java.util.Set.of("type", "id", "spec_version", "created", "modified",
      "valid_from", "published", "pattern_type", "identity_class", "created_by_ref", "from_ref", "object_refs",
      "account_type", "date", "x_cryptocurrency", "x_verdict", "indicator_types", "report_types");
  private static final DateTimeFormatter STIX_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private StixBundle() {}

  static ObjectNode of(CaseFile c) {
    String now = STIX_TIME.format(c.analysedAt());
    ArrayNode objects = JSON.createArrayNode();
    ObjectNode identity = sdo("identity", StixIds.object("identity", "", "sextortion-shield"), now, null);
    identity.put("name", "Sextortion Shield");
    identity.put("identity_class", "system");
    objects.add(identity);
    String creator = identity.get("id").asText();

    List<String> refs = new ArrayList<>();
    MessageFacts f = c.facts();
    String fromRef = f.fromAddress().isEmpty() ? null : emailAddr(objects, f.fromAddress());
    Map<String, Object> contributing = new LinkedHashMap<>();
    if (fromRef != null) {
      contributing.put("from_ref", fromRef);
    }
    contributing.put("subject", f.subject());
    ObjectNode message = sco("email-message", StixIds.observable("email-message", json(contributing)));
    message.put("is_multipart", f.multipart());
    if (f.date() != null) {
      message.put("date", STIX_TIME.format(f.date().toInstant()));
    }
    if (fromRef != null) {
      message.put("from_ref", fromRef);
    }
    message.put("subject", f.subject());
    ObjectNode headers = message.putObject("additional_header_fields");
    putIfPresent(headers, "Message-ID", f.messageId());
    putIfPresent(headers, "Reply-To", f.replyTo());
    putIfPresent(headers, "Return-Path", f.returnPath());
    if (headers.isEmpty()) {
      message.remove("additional_header_fields");
    }
    objects.add(message);
    refs.add(message.get("id").asText());
    if (fromRef != null) {
      refs.add(fromRef);
    }

    for (IndicatorRow r : c.indicators()) {
      String pattern = pattern(r);
      if (pattern == null) {
        continue;
      }
      String observable = observable(objects, r);
      refs.add(observable);
      ObjectNode indicator = sdo("indicator", StixIds.object("indicator", c.sha256(), r.kind() + ":" + r.value()),
          now, creator);
      indicator.put("name", indicatorName(r));
      indicator.put("description", r.detail() + (r.link().isEmpty() ? "" : " (" + r.link() + ")"));
      indicator.putArray("indicator_types").add("malicious-activity");
      indicator.put("pattern", pattern);
      indicator.put("pattern_type", "stix");
      indicator.put("valid_from", now);
      if (r.kind().equals("wallet")) {
        indicator.put("x_cryptocurrency", r.qualifier());
      }
      objects.add(indicator);
      refs.add(indicator.get("id").asText());
    }
    for (String e : List.of(f.replyToAddress())) {
      if (!e.isEmpty() && !refs.contains(StixIds.observable("email-addr", json(Map.of("value", e))))) {
        refs.add(emailAddr(objects, e));
      }
    }

    ObjectNode report = sdo("report", StixIds.object("report", c.sha256(), "report"), now, creator);
    report.put("name", c.headline() + ": " + (f.subject().isEmpty() ? c.name() : f.subject()));
    report.put("description", c.incident() + String.format(Locale.ROOT, " Automatic score %.2f. Original message "
        + "SHA-256 %s.", c.verdict().score(), c.sha256()));
    report.putArray("report_types").add("threat-report");
    report.put("published", now);
    ArrayNode objectRefs = report.putArray("object_refs");
    refs.stream().distinct().forEach(objectRefs::add);
    ArrayNode amounts = report.putArray("x_amounts_demanded");
    c.indicators("amount").forEach(r -> amounts.add(r.value()));
    ArrayNode deadlines = report.putArray("x_deadlines");
    c.indicators("deadline").forEach(r -> deadlines.add(r.value()));
    if (!c.indicators("phone", "mtcn").isEmpty()) {
      ArrayNode contacts = report.putArray("x_other_contacts");
      c.indicators("phone", "mtcn").forEach(r -> contacts.add(r.kind() + ": " + r.value()));
    }
    report.put("x_verdict", c.verdict().category().label());
    objects.add(report);

    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", StixIds.object("bundle", c.sha256(), "bundle@" + now));
    bundle.set("objects", dedupe(objects));
    return bundle;
  }

  /**
   * The STIX pattern of a row, or null for kinds that are not observables (amounts, deadlines, phone numbers,
   * money-transfer numbers: they go into the report's custom properties).
   */
  static String pattern(IndicatorRow r) {
    String v = escape(r.value());
    return switch (r.kind()) {
      case "email" -> "[email-addr:value = '" + v + "']";
      case "url", "social-profile" -> "[url:value = '" + v + "']";
      case "ip" -> "[" + (r.value().contains(":") ? "ipv6-addr" : "ipv4-addr") + ":value = '" + v + "']";
      case "wallet" -> "[" + WALLET_TYPE + ":address = '" + v + "']";
      case "skype-id" -> "[user-account:account_login = '" + v + "']";
      default -> null;
    };
  }

  private static String indicatorName(IndicatorRow r) {
    return switch (r.kind()) {
      case "email" -> "E-mail address named in an extortion e-mail";
      case "url" -> "Link in an extortion e-mail";
      case "ip" -> "IP address that sent an extortion e-mail";
      case "wallet" -> "Cryptocurrency wallet an extortion e-mail asks payment to";
      case "social-profile" -> "Social-media profile named in an extortion e-mail";
      case "skype-id" -> "Skype ID named in an extortion e-mail";
      default -> r.kind();
    };
  }

  /** Adds the observable for an indicator row and returns its id. */
  private static String observable(ArrayNode objects, IndicatorRow r) {
    return switch (r.kind()) {
      case "email" -> emailAddr(objects, r.value());
      case "wallet" -> {
        ObjectNode w = sco(WALLET_TYPE, StixIds.observable(WALLET_TYPE, json(Map.of("address", r.value()))));
        w.put("address", r.value());
        w.put("currency", r.qualifier());
        if (!r.link().isEmpty()) {
          w.put("x_explorer_url", r.link());
        }
        objects.add(w);
        yield w.get("id").asText();
      }
      case "skype-id" -> {
        ObjectNode a = sco("user-account", StixIds.observable("user-account",
            json(Map.of("account_login", r.value(), "account_type", "skype"))));
        a.put("account_login", r.value());
        a.put("account_type", "skype");
        objects.add(a);
        yield a.get("id").asText();
      }
      default -> {
        String type = switch (r.kind()) {
          case "ip" -> r.value().contains(":") ? "ipv6-addr" : "ipv4-addr";
          case "social-profile" -> "url";
          default -> r.kind();
        };
        ObjectNode o = sco(type, StixIds.observable(type, json(Map.of("value", r.value()))));
        o.put("value", r.value());
        objects.add(o);
        yield o.get("id").asText();
      }
    };
  }

  private static String emailAddr(ArrayNode objects, String address) {
    ObjectNode a = sco("email-addr", StixIds.observable("email-addr", json(Map.of("value", address))));
    a.put("value", address);
    objects.add(a);
    return a.get("id").asText();
  }

  private static ObjectNode sdo(String type, String id, String now, String creator) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    if (creator != null) {
      o.put("created_by_ref", creator);
    }
    o.put("created", now);
    o.put("modified", now);
    return o;
  }

  private static ObjectNode sco(String type, String id) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", type);
    o.put("spec_version", "2.1");
    if (id != null) {
      o.put("id", id);
    }
    return o;
  }

  private static void putIfPresent(ObjectNode o, String key, String value) {
    if (value != null && !value.isEmpty()) {
      o.put(key, value);
    }
  }

  /** Objects with the same id (one address as sender and in the text) appear once. */
  private static ArrayNode dedupe(ArrayNode objects) {
    ArrayNode out = JSON.createArrayNode();
    java.util.Set<String> seen = new java.util.HashSet<>();
    objects.forEach(o -> {
      if (seen.add(o.get("id").asText())) {
        out.add(o);
      }
    });
    return out;
  }

  /** STIX pattern string literal: backslash and quote escaped. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static String json(Map<String, Object> properties) {
    try {
      return JSON.writeValueAsString(new java.util.TreeMap<>(properties));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String timestamp(Instant t) {
    return STIX_TIME.format(t);
  }
}
