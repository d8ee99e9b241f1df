package org.sextortionshield.core.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/**
 * Time limits without a number ("bis morgen", "dans la journée", "by tomorrow") from {@code indicator/durations.txt},
 * matched word by word on a segment's tokens, and the words that make a following duration a limit ("within").
 */
final class DurationPhrases {
  private static final DurationPhrases DEFAULTS =
      load(DataFile.resource("org/sextortionshield/indicator/durations.txt"));

  /** A phrase as normalised words, and the hours it means. */
  record Phrase(String[] words, double hours) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final java.util.Set<String> limitWords = new java.util.HashSet<>();

  static DurationPhrases defaults() {
    return DEFAULTS;
  }

  /** True for a word that makes the duration after it a time limit ("within", "innerhalb", "en", "entro"). */
  boolean isLimitWord(String word) {
    return limitWords.contains(word);
  }

  /** The phrase starting at token {@code i}, or null; the longest one when several match. */
  Phrase at(Tokens tokens, int i) {
    List<Phrase> candidates = byFirstWord.get(tokens.word(i));
    if (candidates == null) {
      return null;
    }
    Phrase best = null;
    for (Phrase p : candidates) {
      if (i + p.words().length <= tokens.size() && matches(tokens, i, p)
          && (best == null || p.words().length > best.words().length)) {
        best = p;
      }
    }
    return best;
  }

  private static boolean matches(Tokens tokens, int i, Phrase p) {
    for (int k = 0; k < p.words().length; k++) {
      if (!tokens.word(i + k).equals(p.words()[k])) {
        return false;
      }
    }
    return true;
  }

  private static DurationPhrases load(DataFile file) {
    DurationPhrases d = new DurationPhrases();
    for (DataFile.Section section : file.sections()) {
      if (section.name().equals("limit-words")) {
        for (DataFile.Line line : section.lines()) {
          for (String w : line.text().split(",")) {
            d.limitWords.add(TextNormalizer.forMatching(w.strip()).text());
          }
        }
        continue;
      }
      for (DataFile.Line line : section.lines()) {
        int eq = line.text().lastIndexOf('=');
        double hours;
        try {
          hours = eq < 0 ? -1 : Double.parseDouble(line.text().substring(eq + 1).strip());
        } catch (NumberFormatException e) {
          hours = -1;
        }
        if (hours <= 0) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'phrase = hours'");
        }
        Tokens words = Tokens.of(TextNormalizer.forMatching(line.text().substring(0, eq)));
        String[] w = new String[words.size()];
        for (int k = 0; k < w.length; k++) {
          w[k] = words.word(k);
        }
        d.byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Phrase(w, hours));
      }
    }
    return d;
  }
}
