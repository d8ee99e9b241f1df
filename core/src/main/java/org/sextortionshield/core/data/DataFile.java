package org.sextortionshield.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one plain-text format behind all detection knowledge (lexicons, advice, platform templates):
 * {@code key = value} lines before the first section, then {@code [section]} headers, each followed by lines.
 * {@code #} starts a comment line. Kept deliberately simple so analysts can edit it without tooling.
 */
public final class DataFile {
  private final String name;
  private final Map<String, String> header = new LinkedHashMap<>();
  private final List<Section> sections = new ArrayList<>();

  /** One {@code [name]} block and its non-empty lines, with their line numbers for error messages. */
  public record Section(String name, List<Line> lines) {}

  public record Line(int number, String text) {}

  private DataFile(String name) {
    this.name = name;
  }

  public static DataFile parse(String name, InputStream in) {
    DataFile file = new DataFile(name);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Section current = null;
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = new Section(line.substring(1, line.length() - 1).strip(), new ArrayList<>());
          file.sections.add(current);
        } else if (current == null) {
          int eq = line.indexOf('=');
          if (eq < 0) {
            throw new DataFileException(name, number, "expected 'key = value' before the first [section]");
          }
          file.header.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        } else {
          current.lines().add(new Line(number, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return file;
  }

  /** Loads a classpath resource; a missing resource is a packaging bug, so it fails loudly. */
  public static DataFile resource(String path) {
    InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new DataFileException(path, 0, "resource not found on the classpath");
    }
    return parse(path, in);
  }

  public String name() {
    return name;
  }

  public String header(String key, String fallback) {
    return header.getOrDefault(key, fallback);
  }

  /** Every {@code key = value} line before the first section, in file order. */
  public Map<String, String> header() {
    return java.util.Collections.unmodifiableMap(header);
  }

  public List<Section> sections() {
    return sections;
  }

  /** Splits a {@code key: value} or {@code key = value} line of a section; null when the line has neither. */
  public static String[] keyValue(String line) {
    int colon = line.indexOf(':');
    int eq = line.indexOf('=');
    int at = colon < 0 ? eq : eq < 0 ? colon : Math.min(colon, eq);
    if (at <= 0) {
      return null;
    }
    return new String[] {line.substring(0, at).strip(), line.substring(at + 1).strip()};
  }

  /** A malformed data file: names the file and line so an administrator can fix it. */
  public static final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String file, int line, String problem) {
      super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
  }
}
