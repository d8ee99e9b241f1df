package org.sextortionshield.core.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sextortionshield.core.data.DataFile;

/**
 * Every language's cue lexicon, loaded from {@code org/sextortionshield/lexicon/}: {@code index.txt} names the
 * languages and the cue classes; {@code <language>.txt} holds, per cue class, one pattern per line, plus the words for
 * time units ({@code [unit:hour]} …) and numbers ({@code [numbers]}) that deadline and amount parsing use.
 */
public final class Lexicon {
  private static final String DIR = "org/sextortionshield/lexicon/";
  private static volatile Lexicon defaults;

  /** Hours per unit for the {@code [unit:…]} sections. */
  private static final Map<String, Double> UNIT_HOURS =
      Map.of("minute", 1.0 / 60, "hour", 1.0, "day", 24.0, "week", 168.0);

  private final Map<String, String> languages;
  private final Map<String, String> cueClasses;
  private final List<CuePattern> patterns;
  private final Map<String, Double> unitHours;
  private final Map<String, Integer> numbers;
  private final CueMatcher matcher;

  private Lexicon(Map<String, String> languages, Map<String, String> cueClasses, List<CuePattern> patterns,
      Map<String, Double> unitHours, Map<String, Integer> numbers) {
    this.languages = Collections.unmodifiableMap(languages);
    this.cueClasses = Collections.unmodifiableMap(cueClasses);
    this.patterns = List.copyOf(patterns);
    this.unitHours = Map.copyOf(unitHours);
    this.numbers = Map.copyOf(numbers);
    this.matcher = new CueMatcher(this.patterns, this.numbers.keySet());
  }

  /** The lexicons shipped in the jar, loaded once. */
  public static Lexicon defaults() {
    Lexicon l = defaults;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = defaults;
        if (l == null) {
          l = load(DataFile.resource(DIR + "index.txt"), code -> DataFile.resource(DIR + code + ".txt"));
          defaults = l;
        }
      }
    }
    return l;
  }

  /** Loads lexicons from any source of data files (the classpath, or a directory an administrator points at). */
  public static Lexicon load(DataFile index, java.util.function.Function<String, DataFile> languageFile) {
    Map<String, String> languages = new LinkedHashMap<>();
    Map<String, String> cueClasses = new LinkedHashMap<>();
    for (DataFile.Section section : index.sections()) {
      Map<String, String> target = switch (section.name()) {
        case "languages" -> languages;
        case "cue-classes" -> cueClasses;
        default -> throw new DataFile.DataFileException(index.name(), 0, "unknown section [" + section.name() + "]");
      };
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(index.name(), line.number(), "expected 'key = description'");
        }
        target.put(kv[0], kv[1]);
      }
    }
    List<CuePattern> patterns = new ArrayList<>();
    Map<String, Double> unitHours = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (String code : languages.keySet()) {
      readLanguage(languageFile.apply(code), code, cueClasses, patterns, unitHours, numbers);
    }
    return new Lexicon(languages, cueClasses, patterns, unitHours, numbers);
  }

  private static void readLanguage(DataFile file, String code, Map<String, String> cueClasses,
      List<CuePattern> patterns, Map<String, Double> unitHours, Map<String, Integer> numbers) {
    if (!code.equals(file.header("language", code))) {
      throw new DataFile.DataFileException(file.name(), 0, "header says language " + file.header("language", "?"));
    }
    for (DataFile.Section section : file.sections()) {
      String name = section.name();
      for (DataFile.Line line : section.lines()) {
        try {
          if (name.startsWith("unit:")) {
            Double hours = UNIT_HOURS.get(name.substring(5));
            if (hours == null) {
              throw new IllegalArgumentException("unknown unit [" + name + "]; known: " + UNIT_HOURS.keySet());
            }
            for (String w : PatternCompiler.words(line.text())) {
              unitHours.put(w, hours);
            }
          } else if (name.equals("numbers")) {
            String[] kv = DataFile.keyValue(line.text());
            if (kv == null) {
              throw new IllegalArgumentException("expected 'word = number'");
            }
            List<String> words = PatternCompiler.words(kv[0]);
            if (words.size() != 1) {
              throw new IllegalArgumentException("number words must be single words: " + kv[0]);
            }
            numbers.put(words.get(0), Integer.parseInt(kv[1]));
          } else if (cueClasses.containsKey(name)) {
            patterns.addAll(PatternCompiler.compile(name, code, line.text()));
          } else {
            throw new IllegalArgumentException("unknown cue class [" + name + "]");
          }
        } catch (IllegalArgumentException e) {
          throw new DataFile.DataFileException(file.name(), line.number(), e.getMessage());
        }
      }
    }
  }

  public Map<String, String> languages() {
    return languages;
  }

  /** Cue class id to its one-line description. */
  public Map<String, String> cueClasses() {
    return cueClasses;
  }

  public List<CuePattern> patterns() {
    return patterns;
  }

  public CueMatcher matcher() {
    return matcher;
  }

  /** Hours in one of the unit named by normalised word {@code word}, or null. */
  public Double unitHours(String word) {
    return unitHours.get(word.toLowerCase(Locale.ROOT));
  }

  /** Value of a number word ("two", "zwei", "deux"), or null. */
  public Integer number(String word) {
    return numbers.get(word);
  }
}
