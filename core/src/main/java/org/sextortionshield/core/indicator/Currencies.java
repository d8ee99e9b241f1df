package org.sextortionshield.core.indicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.text.TextNormalizer;

/** Currency symbols and words from {@code indicator/currencies.txt}, normalised as message text is. */
final class Currencies {
  private static final Currencies DEFAULTS = load(DataFile.resource("org/sextortionshield/indicator/currencies.txt"));

  private final Map<String, String> symbols = new HashMap<>();
  private final Map<String, String> words = new HashMap<>();
  /** The maps above, asked about regions of a text (filled once loaded). */
  private RegionTable<String> symbolTable;
  private RegionTable<String> wordTable;
  private final Set<String> crypto = new HashSet<>();
  private final java.util.BitSet symbolChars = new java.util.BitSet(); // cheap filter before any substring
  private int longestSymbol;
  private int shortestWord = Integer.MAX_VALUE;
  private int longestWord;

  static Currencies defaults() {
    return DEFAULTS;
  }

  static Currencies load(DataFile file) {
    Currencies c = new Currencies();
    for (DataFile.Section section : file.sections()) {
      if (section.name().equals("crypto")) {
        section.lines().forEach(l -> c.crypto.add(l.text().strip()));
        continue;
      }
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null || !kv[0].equals("symbols") && !kv[0].equals("words")) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'symbols = …' or 'words = …'");
        }
        for (String item : kv[1].split(",")) {
          String key = TextNormalizer.forMatching(item.strip()).text();
          if (key.isEmpty()) {
            continue;
          }
          (kv[0].equals("symbols") ? c.symbols : c.words).put(key, section.name());
          if (kv[0].equals("symbols")) {
            c.longestSymbol = Math.max(c.longestSymbol, key.length());
            key.chars().forEach(c.symbolChars::set);
          } else {
            c.shortestWord = Math.min(c.shortestWord, key.length());
            c.longestWord = Math.max(c.longestWord, key.length());
          }
        }
      }
    }
    c.symbolTable = new RegionTable<>(c.symbols);
    c.wordTable = new RegionTable<>(c.words);
    return c;
  }

  /** How many characters that symbols are made of stand in {@code s} from {@code at} on, at most {@code max}. */
  int symbolCharsFrom(String s, int at, int max) {
    int n = 0;
    while (n < max && at + n < s.length() && symbolChars.get(s.charAt(at + n))) {
      n++;
    }
    return n;
  }

  /** How many characters that symbols are made of stand in {@code s} right before {@code at}, at most {@code max}. */
  int symbolCharsBefore(String s, int at, int max) {
    int n = 0;
    while (n < max && at - n > 0 && symbolChars.get(s.charAt(at - n - 1))) {
      n++;
    }
    return n;
  }

  /** The currency whose symbol is {@code s[from, to)}, or null. */
  String symbol(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!symbolChars.get(s.charAt(k))) {
        return null;
      }
    }
    return symbolTable.get(s, from, to);
  }

  /** The currency whose word is {@code s[from, to)}, or null. */
  String word(String s, int from, int to) {
    int length = to - from;
    return length < shortestWord || length > longestWord ? null : wordTable.get(s, from, to);
  }

  int longestSymbol() {
    return longestSymbol;
  }

  boolean isCrypto(String code) {
    return crypto.contains(code);
  }
}
