package org.sextortionshield.core.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.domain.PublicSuffixList;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.mail.TextPart;

/**
 * The legitimate platforms that carry user-written text ({@code platform/index.txt} lists the shipped templates; an
 * administrator adds more from a directory), and which cue classes in such text count as abuse. Finds the platform
 * a message is a notification of and cuts out the user-written field.
 */
public final class PlatformRegistry {
  private static final String BASE = "org/sextortionshield/platform/";
  private static final int MAX_PAYLOAD = 100_000;
  private static final PlatformRegistry DEFAULTS = loadDefaults();

  private final Map<String, PlatformTemplate> templates;
  private final Set<String> abuseCues;

  private PlatformRegistry(Map<String, PlatformTemplate> templates, Set<String> abuseCues) {
    this.templates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(templates)); // in index order
    this.abuseCues = Set.copyOf(abuseCues);
  }

  /** A message recognised as a platform's notification, with the user-written field cut out. */
  public record Match(PlatformTemplate template, String payload) {
    /** The evidence location of the payload: "platform:&lt;id&gt;". */
    public String location() {
      return location(template.id());
    }

    public static String location(String id) {
      return "platform:" + id;
    }
  }

  public static PlatformRegistry defaults() {
    return DEFAULTS;
  }

  private static PlatformRegistry loadDefaults() {
    DataFile index = DataFile.resource(BASE + "index.txt");
    Map<String, PlatformTemplate> templates = new LinkedHashMap<>();
    Set<String> cues = new LinkedHashSet<>();
    for (DataFile.Section s : index.sections()) {
      for (DataFile.Line line : s.lines()) {
        switch (s.name()) {
          case "platforms" -> templates.put(line.text(),
              PlatformTemplate.load(line.text(), DataFile.resource(BASE + line.text() + ".txt")));
          case "abuse-cues" -> cues.add(line.text());
          default -> throw new DataFile.DataFileException(index.name(), line.number(), "unknown section [" + s.name()
              + "]");
        }
      }
    }
    return new PlatformRegistry(templates, cues);
  }

  /** These templates plus every {@code *.txt} template in {@code directory} (a file replaces a same-named one). */
  public PlatformRegistry withTemplatesFrom(Path directory) {
    Map<String, PlatformTemplate> all = new LinkedHashMap<>(templates);
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        try (InputStream in = Files.newInputStream(f)) {
          all.put(id, PlatformTemplate.load(id, DataFile.parse(f.toString(), in)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read platform templates in " + directory, e);
    }
    return new PlatformRegistry(all, abuseCues);
  }

  /** These templates plus {@code template}. */
  public PlatformRegistry with(PlatformTemplate template) {
    Map<String, PlatformTemplate> all = new LinkedHashMap<>(templates);
    all.put(template.id(), template);
    return new PlatformRegistry(all, abuseCues);
  }

  public List<PlatformTemplate> templates() {
    return List.copyOf(templates.values());
  }

  /** The template of a platform id, or null. */
  public PlatformTemplate get(String id) {
    return templates.get(id);
  }

  /** Cue classes that, in a platform's user-written field, mark abuse (extortion, threats, claims of control). */
  public Set<String> abuseCues() {
    return abuseCues;
  }

  /** The platform {@code message} is a notification of, with its user-written field; null when none matches. */
  public Match match(ParsedMessage message) {
    List<MailAddress> from = message.from();
    if (from.isEmpty()) {
      return null;
    }
    String address = from.get(0).address();
    String registrable = PublicSuffixList.defaults().registrableDomain(from.get(0).domain());
    for (PlatformTemplate t : templates.values()) {
      if (!t.senders().contains(address) && !t.senderDomains().contains(registrable)) {
        continue;
      }
      if (!hasHeaders(message, t) || !hasTemplate(message, t)) {
        continue;
      }
      String payload = payload(message, t);
      if (payload != null) {
        return new Match(t, payload);
      }
    }
    return null;
  }

  private static boolean hasHeaders(ParsedMessage m, PlatformTemplate t) {
    for (PlatformTemplate.HeaderTrait h : t.headers()) {
      boolean found = false;
      for (String v : m.headers(h.name())) {
        found |= h.contains().isEmpty() || Anchors.contains(v, h.contains());
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasTemplate(ParsedMessage m, PlatformTemplate t) {
    for (List<String> alternatives : t.template()) {
      boolean found = false;
      for (String phrase : alternatives) {
        found |= Anchors.contains(m.subject(), phrase);
        for (TextPart part : m.textParts()) {
          found = found || part.kind() != TextPart.Kind.ATTACHMENT && Anchors.contains(part.text(), phrase);
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** The text between the field's anchors in the plain body, else in the HTML body; null when absent. */
  private static String payload(ParsedMessage m, PlatformTemplate t) {
    for (TextPart.Kind kind : new TextPart.Kind[] {TextPart.Kind.PLAIN, TextPart.Kind.HTML}) {
      for (TextPart part : m.textParts()) {
        if (part.kind() != kind) {
          continue;
        }
        String field = between(part.text(), t);
        if (field != null) {
          return field;
        }
      }
    }
    return null;
  }

  /** The field: after the first start anchor found, up to the nearest end anchor; "(start)"/"(end)" = text edges. */
  static String between(String text, PlatformTemplate t) {
    for (String after : t.fieldStart()) {
      int[] start = after.equals(PlatformTemplate.TEXT_EDGE_START) ? new int[] {0, 0} : Anchors.find(text, after, 0);
      if (start == null) {
        continue;
      }
      int end = -1;
      for (String before : t.fieldEnd()) {
        int[] e = before.equals(PlatformTemplate.TEXT_EDGE_END) ? new int[] {text.length(), text.length()}
            : Anchors.find(text, before, start[1]);
        if (e != null && (end < 0 || e[0] < end)) {
          end = e[0];
        }
      }
      if (end < 0) {
        continue;
      }
      String field = text.substring(start[1], Math.min(end, start[1] + MAX_PAYLOAD)).strip();
      return field.isEmpty() ? null : field;
    }
    return null;
  }
}
