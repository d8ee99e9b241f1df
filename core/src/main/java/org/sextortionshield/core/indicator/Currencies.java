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
  private final Set<String> crypto = new HashSet<>();
  private int longestSymbol;

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
          }
        }
      }
    }
    return c;
  }

  String symbol(String s) {
    return symbols.get(s);
  }

  String word(String s) {
    return words.get(s);
  }

  int longestSymbol() {
    return longestSymbol;
  }

  boolean isCrypto(String code) {
    return crypto.contains(code);
  }
}
