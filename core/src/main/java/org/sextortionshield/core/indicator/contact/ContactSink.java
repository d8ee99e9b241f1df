package org.sextortionshield.core.indicator.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.Contact;
import org.sextortionshield.core.indicator.CueWords;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.text.Tokens;

/** Turns a find in a segment's normalised text into a {@link Contact} quoting the original span. */
final class ContactSink {
  private final TextSegment segment;
  private final Indicators.Builder out;
  private final ContactCues cues;
  private Map<String, List<int[]>> cueSpans;

  ContactSink(TextSegment segment, ContactCues cues, Indicators.Builder out) {
    this.segment = segment;
    this.cues = cues;
    this.out = out;
  }

  /** The segment's normalised (case-folded) text, in which the scanners search. */
  String text() {
    return segment.normalized().text();
  }

  void add(String type, String value, int normalizedStart, int normalizedEnd) {
    int from = segment.normalized().sourceStart(normalizedStart);
    int to = segment.normalized().sourceEnd(normalizedEnd);
    out.contact(new Contact(type, value, segment.location(), from, to));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Positions where {@code word} occurs in {@code s} as a whole word (letters/digits not running on either side). */
  static List<Integer> wordsAt(String s, String word) {
    List<Integer> at = new ArrayList<>();
    int i = s.indexOf(word);
    while (i >= 0) {
      int end = i + word.length();
      if ((i == 0 || !isWordChar(s.charAt(i - 1))) && (end >= s.length() || !isWordChar(s.charAt(end)))) {
        at.add(i);
      }
      i = s.indexOf(word, i + 1);
    }
    return at;
  }

  /** Where the text names service {@code type}: [start, end) spans in the normalised text, in text order. */
  List<int[]> cueSpans(String type) {
    if (cueSpans == null) {
      cueSpans = new HashMap<>();
      Tokens tokens = segment.tokens();
      // the words that may begin a cue, found in the pass the deadline stage made (its filter passes these keys too)
      int[] candidates = cues == ContactCues.defaults() ? CueWords.FIRST_WORDS.candidates(tokens)
          : cues.firstWords.candidates(tokens);
      for (int i : candidates) {
        List<ContactCues.Cue> starting = cues.cuesByFirstWord.get(tokens.word(i));
        if (starting == null) {
          continue; // most words start no cue: no iterator made for them
        }
        for (ContactCues.Cue cue : starting) {
          int last = i + cue.words().length - 1;
          if (last < tokens.size() && matches(tokens, i, cue.words())) {
            cueSpans.computeIfAbsent(cue.type(), k -> new ArrayList<>())
                .add(new int[] {tokens.start(i), tokens.end(last)});
          }
        }
      }
    }
    return cueSpans.getOrDefault(type, List.of());
  }

  private static boolean matches(Tokens tokens, int i, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!tokens.word(i + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
