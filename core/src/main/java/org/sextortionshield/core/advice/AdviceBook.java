package org.sextortionshield.core.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;

/**
 * Guidance as data ({@code advice/<language>.txt}): one section per advice key, in the order it should be read, with
 * {@code categories} it applies to, optionally {@code signals} of which at least one must have fired, and the
 * {@code text}. Steps are chosen by the evidence, so a quoted password brings "change it", a webcam story does not.
 */
public final class AdviceBook {
  private static final AdviceBook ENGLISH = load(DataFile.resource("org/sextortionshield/advice/en.txt"));

  private record Entry(String key, Set<String> categories, Set<String> signals, String text) {}

  private final List<Entry> entries;

  private AdviceBook(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static AdviceBook english() {
    return ENGLISH;
  }

  public static AdviceBook load(DataFile file) {
    List<Entry> entries = new ArrayList<>();
    for (DataFile.Section section : file.sections()) {
      Set<String> categories = new LinkedHashSet<>();
      Set<String> signals = new LinkedHashSet<>();
      String text = null;
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'key = value'");
        }
        switch (kv[0]) {
          case "categories" -> categories.addAll(list(kv[1]));
          case "signals" -> signals.addAll(list(kv[1]));
          case "text" -> text = kv[1];
          default -> throw new DataFile.DataFileException(file.name(), line.number(), "unknown key " + kv[0]);
        }
      }
      if (text == null || categories.isEmpty()) {
        throw new DataFile.DataFileException(file.name(), 0, "[" + section.name() + "] needs categories and text");
      }
      entries.add(new Entry(section.name(), categories, signals, text));
    }
    return new AdviceBook(entries);
  }

  private static List<String> list(String csv) {
    List<String> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** The advice for a category and the signals that fired, in reading order. */
  public List<Advice> select(Category category, List<SignalResult> fired) {
    Set<String> ids = new LinkedHashSet<>();
    fired.forEach(s -> ids.add(s.id()));
    List<Advice> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.categories().contains(category.label())) {
        continue;
      }
      if (!e.signals().isEmpty() && e.signals().stream().noneMatch(ids::contains)) {
        continue;
      }
      out.add(new Advice(e.key(), e.text()));
    }
    return out;
  }
}
