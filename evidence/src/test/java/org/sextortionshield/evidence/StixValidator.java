package org.sextortionshield.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a bundle against the STIX 2.1 specification's MUST rules for the objects the pack writes: bundle shape,
 * identifier syntax ({@code type--UUID}, and UUIDv5 for cyber-observables), {@code spec_version}, timestamp syntax
 * (UTC, millisecond precision for created/modified), each type's required properties, custom names, patterns whose
 * object path names an object type, and references that resolve inside the bundle. Written from the specification
 * (OASIS STIX 2.1, sections 2, 3, 4, 5, 6 and 11) because no STIX library resolves from the reachable Maven Central.
 */
final class StixValidator {
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "identity", List.of("type", "spec_version", "id", "created", "modified", "name"),
      "indicator", List.of("type", "spec_version", "id", "created", "modified", "pattern", "pattern_type",
          "valid_from"),
      "report", List.of("type", "spec_version", "id", "created", "modified", "name", "published", "object_refs"),
      "email-message", List.of("type", "id", "is_multipart"),
      "email-addr", List.of("type", "id", "value"),
      "url", List.of("type", "id", "value"),
      "ipv4-addr", List.of("type", "id", "value"),
      "ipv6-addr", List.of("type", "id", "value"),
      "user-account", List.of("type", "id"));
  private static final Set<String> SDO = Set.of("identity", "indicator", "report");
  private static final Set<String> TIMESTAMPS = Set.of("created", "modified", "valid_from", "valid_until",
      "published", "date");

  private StixValidator() {}

  /** Every violation found, one line each; empty when the bundle is valid. */
  static List<String> problems(JsonNode bundle) {
    List<String> out = new ArrayList<>();
    if (!"bundle".equals(bundle.path("type").asText())) {
      out.add("bundle: type must be 'bundle'");
    }
    checkId(bundle.path("id").asText(), "bundle", out);
    if (bundle.has("spec_version")) {
      out.add("bundle: spec_version is not a bundle property in 2.1");
    }
    JsonNode objects = bundle.path("objects");
    if (!objects.isArray() || objects.isEmpty()) {
      out.add("bundle: objects must be a non-empty list");
      return out;
    }
    Set<String> ids = new HashSet<>();
    objects.forEach(o -> ids.add(o.path("id").asText()));
    for (JsonNode o : objects) {
      String type = o.path("type").asText();
      String id = o.path("id").asText();
      String where = id.isEmpty() ? type : id;
      if (!type.matches("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]") || type.contains("--")) {
        out.add(where + ": invalid type name");
      }
      checkId(id, type, out);
      if (!"2.1".equals(o.path("spec_version").asText(SDO.contains(type) ? "" : "2.1"))) {
        out.add(where + ": spec_version must be 2.1");
      }
      List<String> required = REQUIRED.get(type);
      if (required == null && !type.startsWith("x-")) {
        out.add(where + ": unknown type without x- prefix");
      }
      for (String p : required == null ? List.of("type", "id") : required) {
        if (!o.has(p) || o.get(p).isNull() || o.get(p).isTextual() && o.get(p).asText().isEmpty()) {
          out.add(where + ": missing required property " + p);
        }
      }
      if (!SDO.contains(type) && !id.isEmpty() && id.charAt(id.indexOf("--") + 2 + 14) != '5') {
        out.add(where + ": cyber-observable ids should be UUIDv5");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = field.getKey();
        if (!name.matches("[a-z0-9_]{3,250}") && !name.equals("id")) {
          out.add(where + ": property name " + name + " is not lower-case ASCII of 3-250 characters");
        }
        if (TIMESTAMPS.contains(name) && !field.getValue().asText()
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")) {
          out.add(where + ": " + name + " is not a STIX timestamp");
        }
        if ((name.equals("created") || name.equals("modified"))
            && !field.getValue().asText().matches(".*\\.\\d{3,}Z")) {
          out.add(where + ": " + name + " needs millisecond precision");
        }
        if (name.endsWith("_ref") && !ids.contains(field.getValue().asText())) {
          out.add(where + ": " + name + " does not resolve in the bundle");
        }
        if (name.endsWith("_refs")) {
          field.getValue().forEach(r -> {
            if (!ids.contains(r.asText())) {
              out.add(where + ": " + name + " has unresolved " + r.asText());
            }
          });
        }
      }
      if (type.equals("indicator")) {
        checkPattern(o, where, ids, out);
      }
      if (type.equals("identity") && !Set.of("individual", "group", "system", "organization", "class", "unknown")
          .contains(o.path("identity_class").asText("unknown"))) {
        out.add(where + ": identity_class outside the vocabulary");
      }
      if (type.equals("report") && o.path("object_refs").isEmpty()) {
        out.add(where + ": object_refs must not be empty");
      }
    }
    return out;
  }

  private static void checkPattern(JsonNode o, String where, Set<String> ids, List<String> out) {
    if (!"stix".equals(o.path("pattern_type").asText())) {
      out.add(where + ": pattern_type must be stix");
    }
    String p = o.path("pattern").asText();
    if (!p.matches("\\[[a-z0-9-]+:[a-z0-9_.]+ = '([^'\\\\]|\\\\['\\\\])*'\\]")) {
      out.add(where + ": pattern is not a comparison expression [type:path = 'literal']: " + p);
    }
  }

  private static void checkId(String id, String type, List<String> out) {
    if (!id.matches("[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")) {
      out.add(id + ": id is not type--UUID (RFC 4122)");
    } else if (!id.startsWith(type + "--")) {
      out.add(id + ": id does not start with its type " + type);
    }
  }
}
