package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.text.NormalizedText;
import org.sextortionshield.core.text.Tokens;

/**
 * Filter evasion: words that mix look-alike letters from other scripts (or stacked accents) with plain Latin ones,
 * and text hidden by HTML styling. Genuine Greek or Cyrillic words are not mixed, so they do not count.
 */
public final class ObfuscationSignal implements Signal {
  private static final int MIN_MIXED_WORDS = 2;
  private static final int MIN_HIDDEN_LETTERS = 30;

  @Override
  public String id() {
    return "obfuscation";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<Evidence> mixed = new ArrayList<>();
    int mixedWords = 0;
    for (TextSegment segment : input.content().visibleSegments()) {
      NormalizedText n = segment.normalized();
      if (n.foldedLetters() == 0) {
        continue;
      }
      Tokens t = segment.tokens();
      for (int i = 0; i < t.size(); i++) {
        int lookalike = 0;
        int plain = 0;
        for (int k = t.start(i); k < t.end(i); k++) {
          if (n.isLookalike(k)) {
            lookalike++;
          } else {
            char source = n.original().charAt(n.sourceStart(k));
            if (source < 0x80 && Character.isLetter(source)) {
              plain++; // a genuine Latin letter, as written
            }
          }
        }
        if (lookalike > 0 && plain > 0) {
          mixedWords++;
          if (mixed.size() < CueSignal.MAX_EVIDENCE) {
            int from = n.sourceStart(t.start(i));
            int to = n.sourceEnd(t.end(i));
            mixed.add(new Evidence(segment.location(), segment.original().substring(from, to),
                segment.context(from, to), definition.explanation() + " (reads \"" + t.word(i) + "\")", from, to));
          }
        }
      }
    }
    List<Evidence> out = new ArrayList<>();
    if (mixedWords >= MIN_MIXED_WORDS) {
      out.addAll(mixed);
    }
    for (TextSegment segment : input.content().segments()) {
      if (segment.hidden() && letters(segment.original()) >= MIN_HIDDEN_LETTERS) {
        // the first 80 characters after leading white space; the offsets are those of the quoted characters
        String original = segment.original();
        int from = original.length() - original.stripLeading().length();
        int to = Math.min(original.stripTrailing().length(), from + 80);
        if (to > from && Character.isHighSurrogate(original.charAt(to - 1))) {
          to--; // never half a character
        }
        String quote = original.substring(from, to) + (to < original.stripTrailing().length() ? "…" : "");
        out.add(new Evidence(segment.location(), quote, quote, "text hidden from the reader by HTML styling", from,
            to));
        break;
      }
    }
    return out;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
