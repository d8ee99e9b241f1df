package org.sextortionshield.core.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;

/**
 * Guidance as data, one file per language ({@code advice/<language>.txt}, listed in {@code advice/index.txt}): one
 * section per step, in the order it should be read, each with conditions over the {@link Situation}'s facts and the
 * {@code text}. Steps are chosen by the evidence, so a quoted password brings "change it", a webcam story does not.
 *
 * <p>Conditions, all of which must hold: {@code categories = a, b} (the verdict is one of them), {@code signals = x, y}
 * (one of them fired), {@code any = f, g} (one fact holds; several {@code any} lines each must hold),
 * {@code all = f, g} and {@code none = f, g}. The text may name values: {@code {password}} (masked), {@code {count}};
 * a step whose values are unknown is left out.
 */
public final class AdviceBook {
  private static final String DIR = "org/sextortionshield/advice/";
  /** Language code to name, in the order of {@code advice/index.txt}; the first is the fallback. */
  private static final Map<String, String> LANGUAGES = languages(DataFile.resource(DIR + "index.txt"));
  private static final Map<String, AdviceBook> LOADED = new ConcurrentHashMap<>();

  private enum Kind { ANY, ALL, NONE }

  private record Condition(Kind kind, Set<String> facts) {
    boolean holds(Situation s) {
      int present = 0;
      for (String f : facts) { // loops, not streams: guidance is chosen for every scanned message
        if (s.has(f)) {
          present++;
        }
      }
      return switch (kind) {
        case ANY -> present > 0;
        case ALL -> present == facts.size();
        case NONE -> present == 0;
      };
    }
  }

  private record Step(String key, List<Condition> conditions, String text) {}

  private final String language;
  private final List<Step> steps;

  private AdviceBook(String language, List<Step> steps) {
    this.language = language;
    this.steps = List.copyOf(steps);
  }

  public static AdviceBook english() {
    return forLanguage("en");
  }

  /** The embedded guidance in {@code code}, or in the fallback language (English) when there is none. */
  public static AdviceBook forLanguage(String code) {
    String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
    String known = LANGUAGES.containsKey(c) ? c : LANGUAGES.keySet().iterator().next();
    return LOADED.computeIfAbsent(known, k -> load(DataFile.resource(DIR + k + ".txt")));
  }

  /** Language codes with embedded guidance, fallback first. */
  public static Set<String> languages() {
    return LANGUAGES.keySet();
  }

  public static boolean hasLanguage(String code) {
    return code != null && LANGUAGES.containsKey(code.toLowerCase(Locale.ROOT));
  }

  public String language() {
    return language;
  }

  public static AdviceBook load(DataFile file) {
    List<Step> steps = new ArrayList<>();
    for (DataFile.Section section : file.sections()) {
      List<Condition> conditions = new ArrayList<>();
      String text = null;
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'key = value'");
        }
        switch (kv[0]) {
          case "categories" -> conditions.add(new Condition(Kind.ANY, prefixed("category:", list(kv[1]))));
          case "signals" -> conditions.add(new Condition(Kind.ANY, prefixed("signal:", list(kv[1]))));
          case "any" -> conditions.add(new Condition(Kind.ANY, list(kv[1])));
          case "all" -> conditions.add(new Condition(Kind.ALL, list(kv[1])));
          case "none" -> conditions.add(new Condition(Kind.NONE, list(kv[1])));
          case "text" -> text = kv[1];
          default -> throw new DataFile.DataFileException(file.name(), line.number(), "unknown key " + kv[0]);
        }
      }
      boolean positive = conditions.stream().anyMatch(c -> c.kind() != Kind.NONE);
      if (text == null || !positive) {
        throw new DataFile.DataFileException(file.name(), section.lines().isEmpty() ? 0
            : section.lines().get(0).number(), "[" + section.name() + "] needs text and a condition "
            + "(categories, signals, any or all)");
      }
      steps.add(new Step(section.name(), conditions, text));
    }
    return new AdviceBook(file.header("language", "?"), steps);
  }

  /** Every fact a step of this book names, for checking the files against the engine's vocabulary. */
  public Set<String> factsNamed() {
    Set<String> out = new LinkedHashSet<>();
    steps.forEach(s -> s.conditions().forEach(c -> out.addAll(c.facts())));
    return out;
  }

  /** Step keys in reading order. */
  public List<String> keys() {
    return steps.stream().map(Step::key).toList();
  }

  /** The steps for a situation, in reading order, with its values written in. */
  public List<Advice> select(Situation situation) {
    List<Advice> out = new ArrayList<>();
    for (Step step : steps) {
      if (holds(step, situation)) {
        String text = fill(step.text(), situation.values());
        if (text != null) {
          out.add(new Advice(step.key(), text));
        }
      }
    }
    return out;
  }

  private static boolean holds(Step step, Situation situation) {
    for (Condition c : step.conditions()) {
      if (!c.holds(situation)) {
        return false;
      }
    }
    return true;
  }

  /** The advice for a category and the signals that fired (no indicators, no cues), in reading order. */
  public List<Advice> select(Category category, List<SignalResult> fired) {
    return select(Situation.of(category, fired, Indicators.empty(), List.of()));
  }

  /** The text with {name} replaced by its value; null when a named value is unknown. */
  private static String fill(String text, Map<String, String> values) {
    if (text.indexOf('{') < 0) {
      return text; // most steps name no value: no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        out.append(text, i, text.length());
        break;
      }
      String value = values.get(text.substring(open + 1, close));
      if (value == null) {
        return null;
      }
      out.append(text, i, open).append(value);
      i = close + 1;
    }
    return out.toString();
  }

  private static Set<String> prefixed(String prefix, Set<String> names) {
    Set<String> out = new LinkedHashSet<>();
    names.forEach(n -> out.add(prefix + n));
    return out;
  }

  private static Set<String> list(String csv) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static Map<String, String> languages(DataFile index) {
    Map<String, String> out = new LinkedHashMap<>();
    for (DataFile.Section section : index.sections()) {
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (section.name().equals("languages") && kv != null) {
          out.put(kv[0], kv[1]);
        }
      }
    }
    if (out.isEmpty()) {
      throw new DataFile.DataFileException(index.name(), 0, "no [languages]");
    }
    return out;
  }
}
