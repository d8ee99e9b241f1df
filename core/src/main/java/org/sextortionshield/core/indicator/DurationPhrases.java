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

  /** What a word can begin: phrases, and whether it is a limit word; one lookup per word of a message. */
  static final class Entry {
    final List<Phrase> phrases = new ArrayList<>();
    boolean limitWord;
  }

  private final Map<String, Entry> byWord = new HashMap<>();
  /** The keys of {@link #byWord}, for the words of a text that are none (made once loaded). */
  private HashFilter keys;

  static DurationPhrases defaults() {
    return DEFAULTS;
  }

  /** What {@code word} can begin, or null. */
  Entry entry(String word) {
    return byWord.get(word);
  }

  /** A filter that passes every word that begins something. */
  HashFilter keys() {
    return keys;
  }

  /** The phrase starting at token {@code i} (whose entry is {@code entry}), or null; the longest when several match. */
  static Phrase at(Tokens tokens, int i, Entry entry) {
    List<Phrase> candidates = entry.phrases;
    Phrase best = null; // a limit word that begins no phrase has an empty list
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
            d.byWord.computeIfAbsent(TextNormalizer.forMatching(w.strip()).text(), k -> new Entry()).limitWord = true;
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
        d.byWord.computeIfAbsent(w[0], k -> new Entry()).phrases.add(new Phrase(w, hours));
      }
    }
    d.keys = HashFilter.of(d.byWord.keySet());
    return d;
  }
}
