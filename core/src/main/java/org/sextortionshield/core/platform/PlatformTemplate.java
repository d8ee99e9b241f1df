package org.sextortionshield.core.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextortionshield.core.data.DataFile;

/**
 * One legitimate platform that carries user-written text in its notifications, as an administrator describes it in a
 * data file ({@code platform/<id>.txt}): how to recognise a genuine notification (sender addresses or domains, fixed
 * template phrases, optional header traits), where the user-written field sits (between fixed anchors), and the
 * field's documented length limit (0 when none is documented).
 *
 * @param template phrases that must all appear; each entry lists alternatives (localised wordings), one suffices
 * @param headers header traits that must all be present: a header name and a text its value contains ("" = any)
 * @param fieldStart anchors after which the user-written field starts (alternatives, tried in order)
 * @param fieldEnd anchors before which it ends (the nearest one found after the start counts)
 */
public record PlatformTemplate(String id, String name, String field, int limit, String limitSource,
    Set<String> senders, Set<String> senderDomains, List<List<String>> template, List<HeaderTrait> headers,
    List<String> fieldStart, List<String> fieldEnd) {

  /** Anchors for the edges of the text: a field that starts at the top or runs to the end of the body. */
  public static final String TEXT_EDGE_START = "(start)";
  public static final String TEXT_EDGE_END = "(end)";

  /** A header that genuine notifications carry: its name and a text its value contains ("" = any value). */
  public record HeaderTrait(String name, String contains) {}

  /** The field's length as a reader counts it: characters (code points), any run of white space counting once. */
  public static int length(String text) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      boolean s = Anchors.isSpace(text.charAt(i));
      if (!s || !space) {
        n++;
      }
      space = s;
    }
    return n;
  }

  /** The offset in {@code text} where the {@code count}-th character (as {@link #length} counts) starts, or -1. */
  public static int offsetOf(String text, int count) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      boolean s = Anchors.isSpace(text.charAt(i));
      if (!s || !space) {
        if (n == count) {
          return i;
        }
        n++;
      }
      space = s;
    }
    return -1;
  }

  /** Reads a template file; {@code id} is its file name without ".txt". */
  public static PlatformTemplate load(String id, DataFile file) {
    String name = file.header("name", "");
    String field = file.header("field", "");
    String limitText = file.header("limit", "");
    if (name.isEmpty() || field.isEmpty() || limitText.isEmpty()) {
      throw new DataFile.DataFileException(file.name(), 0, "needs 'name', 'field' and 'limit' before the sections");
    }
    int limit;
    try {
      limit = limitText.equals("none") ? 0 : Integer.parseInt(limitText.replace(",", "").replace("_", ""));
    } catch (NumberFormatException e) {
      throw new DataFile.DataFileException(file.name(), 0, "limit must be a number of characters or 'none'");
    }
    Set<String> senders = new LinkedHashSet<>();
    Set<String> senderDomains = new LinkedHashSet<>();
    List<List<String>> template = new ArrayList<>();
    List<HeaderTrait> headers = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    for (DataFile.Section s : file.sections()) {
      for (DataFile.Line line : s.lines()) {
        String text = line.text();
        switch (s.name()) {
          case "senders" -> senders.add(text.toLowerCase(Locale.ROOT));
          case "sender-domains" -> senderDomains.add(text.toLowerCase(Locale.ROOT));
          case "template" -> template.add(alternatives(text));
          case "headers" -> {
            int colon = text.indexOf(':');
            headers.add(colon < 0 ? new HeaderTrait(text.strip(), "")
                : new HeaderTrait(text.substring(0, colon).strip(), text.substring(colon + 1).strip()));
          }
          case "field" -> {
            String[] kv = DataFile.keyValue(text);
            if (kv == null || !kv[0].equals("after") && !kv[0].equals("before")) {
              throw new DataFile.DataFileException(file.name(), line.number(), "expected 'after = ...' or "
                  + "'before = ...'");
            }
            (kv[0].equals("after") ? starts : ends).add(kv[1]);
          }
          default -> throw new DataFile.DataFileException(file.name(), line.number(), "unknown section [" + s.name()
              + "]");
        }
      }
    }
    if (senders.isEmpty() && senderDomains.isEmpty() || template.isEmpty() || starts.isEmpty() || ends.isEmpty()) {
      throw new DataFile.DataFileException(file.name(), 0, "needs [senders] or [sender-domains], [template], and "
          + "[field] with 'after' and 'before'");
    }
    return new PlatformTemplate(id, name, field, limit, file.header("limit-source", ""), Set.copyOf(senders),
        Set.copyOf(senderDomains), List.copyOf(template), List.copyOf(headers), List.copyOf(starts),
        List.copyOf(ends));
  }

  private static List<String> alternatives(String line) {
    List<String> out = new ArrayList<>();
    for (String a : line.split("\\|")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return List.copyOf(out);
  }
}
