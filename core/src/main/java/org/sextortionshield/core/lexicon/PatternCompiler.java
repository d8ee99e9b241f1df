package org.sextortionshield.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/**
 * Turns one lexicon line into {@link CuePattern}s. Syntax, element by element (separated by spaces):
 * <ul>
 *   <li>{@code word}, {@code a|b|c} one word out of several; {@code word*} any word starting so;</li>
 *   <li>{@code word?} an optional word; {@code #n} a number, in digits or as a word ("two", "zwei");</li>
 *   <li>{@code (do not|don't|never)} phrase alternatives: inside parentheses '|' separates whole phrases;
 *       {@code (...)?} makes the whole group optional;</li>
 *   <li>{@code ...} up to 3 other words before the next element, {@code ...N} up to N (at most 8).</li>
 * </ul>
 * Phrase alternatives (and alternatives such as {@code don't} that normalise to two words) expand into several
 * patterns, at most {@value #MAX_EXPANSIONS} per line. Words are normalised exactly as message text is.
 */
final class PatternCompiler {
  static final int DEFAULT_GAP = 3;
  static final int MAX_GAP = 8;
  static final int MAX_EXPANSIONS = 256;
  private static final int MIN_PREFIX = 3;

  private PatternCompiler() {}

  static List<CuePattern> compile(String cueClass, String language, String line) {
    List<List<CuePattern.Slot>> sequences = parseSequence(line.trim(), line);
    List<CuePattern> out = new ArrayList<>(sequences.size());
    for (List<CuePattern.Slot> slots : sequences) {
      if (slots.isEmpty()) {
        throw new IllegalArgumentException("empty pattern: " + line);
      }
      if (slots.get(0).optional() || slots.get(0).gapBefore() > 0) {
        throw new IllegalArgumentException("a pattern must start with a required word: " + line);
      }
      out.add(new CuePattern(cueClass, language, line.trim(), List.copyOf(slots)));
    }
    return out;
  }

  /** A sequence being built, with the gap still waiting for its next slot (an optional group may be skipped). */
  private record Partial(List<CuePattern.Slot> slots, int pendingGap) {}

  /** All slot sequences a (sub)pattern expands to. */
  private static List<List<CuePattern.Slot>> parseSequence(String text, String line) {
    List<Partial> result = new ArrayList<>();
    result.add(new Partial(List.of(), 0));
    List<String> elements = splitElements(text, line);
    if (!elements.isEmpty() && elements.get(elements.size() - 1).startsWith("...")) {
      throw new IllegalArgumentException("a pattern cannot end with a gap: " + line);
    }
    for (String element : elements) {
      if (element.startsWith("...")) {
        String n = element.substring(3);
        int gap = n.isEmpty() ? DEFAULT_GAP : parseGap(n, line);
        List<Partial> gapped = new ArrayList<>();
        for (Partial p : result) {
          gapped.add(new Partial(p.slots(), Math.min(MAX_GAP, p.pendingGap() + gap)));
        }
        result = gapped;
        continue;
      }
      List<List<CuePattern.Slot>> options = parseElement(element, line);
      List<Partial> next = new ArrayList<>();
      for (Partial prefix : result) {
        for (List<CuePattern.Slot> option : options) {
          if (option.isEmpty()) {
            next.add(prefix); // a skipped optional group: the pending gap carries on
            continue;
          }
          List<CuePattern.Slot> joined = new ArrayList<>(prefix.slots());
          for (int k = 0; k < option.size(); k++) {
            CuePattern.Slot s = option.get(k);
            joined.add(k == 0 && prefix.pendingGap() > 0 ? s.withGap(prefix.pendingGap()) : s);
          }
          next.add(new Partial(joined, 0));
          if (next.size() > MAX_EXPANSIONS) {
            throw new IllegalArgumentException("expands to more than " + MAX_EXPANSIONS + " patterns: " + line);
          }
        }
      }
      result = next;
    }
    List<List<CuePattern.Slot>> out = new ArrayList<>();
    for (Partial p : result) {
      out.add(p.slots()); // a gap left over by a skipped optional group at the end means nothing
    }
    return out;
  }

  /** Splits on spaces outside parentheses. */
  private static List<String> splitElements(String text, String line) {
    List<String> elements = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("unbalanced ')' in: " + line);
        }
      }
      if (Character.isWhitespace(c) && depth == 0) {
        if (current.length() > 0) {
          elements.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("unbalanced '(' in: " + line);
    }
    if (current.length() > 0) {
      elements.add(current.toString());
    }
    return elements;
  }

  private static List<List<CuePattern.Slot>> parseElement(String element, String line) {
    if (element.startsWith("(")) {
      boolean optionalGroup = element.endsWith(")?");
      if (!element.endsWith(")") && !optionalGroup) {
        throw new IllegalArgumentException("a group must end with ')' or ')?': " + element + " in: " + line);
      }
      String body = element.substring(1, element.length() - (optionalGroup ? 2 : 1));
      List<List<CuePattern.Slot>> options = new ArrayList<>();
      for (String phrase : splitTopLevel(body)) {
        options.addAll(parseSequence(phrase, line));
      }
      options = mergeSingleWords(options);
      if (optionalGroup) {
        options = new ArrayList<>(options);
        options.add(List.of());
      }
      return options;
    }
    boolean optional = element.endsWith("?") && element.length() > 1;
    String body = optional ? element.substring(0, element.length() - 1) : element;
    List<String> exact = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    boolean number = false;
    List<List<CuePattern.Slot>> options = new ArrayList<>();
    for (String alternative : body.split("\\|")) {
      if (alternative.equals("#n")) {
        number = true;
        continue;
      }
      boolean prefix = alternative.endsWith("*");
      String word = prefix ? alternative.substring(0, alternative.length() - 1) : alternative;
      List<String> parts = words(word);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("'" + alternative + "' has no letters or digits in: " + line);
      }
      if (parts.size() > 1) {
        // "don't" normalises to "don" "t": it becomes a phrase of its own.
        List<CuePattern.Slot> phrase = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
          boolean last = k == parts.size() - 1;
          phrase.add(new CuePattern.Slot(last && prefix ? List.of() : List.of(parts.get(k)),
              last && prefix ? List.of(parts.get(k)) : List.of(), false, false, 0));
        }
        options.add(phrase);
      } else if (prefix) {
        if (parts.get(0).length() < MIN_PREFIX) {
          throw new IllegalArgumentException("prefix '" + alternative + "' is shorter than " + MIN_PREFIX + " in: " + line);
        }
        prefixes.add(parts.get(0));
      } else {
        exact.add(parts.get(0));
      }
    }
    if (!exact.isEmpty() || !prefixes.isEmpty() || number) {
      options.add(0, List.of(new CuePattern.Slot(List.copyOf(exact), List.copyOf(prefixes), number, false, 0)));
    }
    if (optional) {
      if (options.size() != 1 || options.get(0).size() != 1) {
        throw new IllegalArgumentException("'?' applies to single words only: " + element + " in: " + line);
      }
      CuePattern.Slot s = options.get(0).get(0);
      return List.of(List.of(new CuePattern.Slot(s.exact(), s.prefixes(), s.number(), true, 0)));
    }
    return options;
  }

  /** One-word phrases of a group become one slot, so (a|b|c) costs one pattern, not three. */
  private static List<List<CuePattern.Slot>> mergeSingleWords(List<List<CuePattern.Slot>> options) {
    List<String> exact = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    boolean number = false;
    List<List<CuePattern.Slot>> out = new ArrayList<>();
    for (List<CuePattern.Slot> option : options) {
      CuePattern.Slot s = option.size() == 1 ? option.get(0) : null;
      if (s != null && !s.optional() && s.gapBefore() == 0) {
        exact.addAll(s.exact());
        prefixes.addAll(s.prefixes());
        number |= s.number();
      } else {
        out.add(option);
      }
    }
    if (!exact.isEmpty() || !prefixes.isEmpty() || number) {
      out.add(0, List.of(new CuePattern.Slot(List.copyOf(exact), List.copyOf(prefixes), number, false, 0)));
    }
    return out;
  }

  /** Splits a group body on '|' outside nested parentheses. */
  private static List<String> splitTopLevel(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(body.substring(start, i).trim());
        start = i + 1;
      }
    }
    parts.add(body.substring(start).trim());
    return parts;
  }

  private static int parseGap(String n, String line) {
    try {
      int gap = Integer.parseInt(n);
      if (gap < 1 || gap > MAX_GAP) {
        throw new IllegalArgumentException("gap must be 1.." + MAX_GAP + " in: " + line);
      }
      return gap;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad gap '..." + n + "' in: " + line, e);
    }
  }

  static List<String> words(String text) {
    Tokens tokens = Tokens.of(TextNormalizer.forMatching(text));
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.word(i));
    }
    return out;
  }
}
