package org.sextortionshield.core.indicator;

import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.text.Tokens;

/**
 * Durations ("48 hours", "2 days", "24h", "zwei Tage", "48 heures") that sit in or next to a deadline cue,
 * normalised to hours. A duration far from any deadline wording ("for the last 2 weeks") is not a deadline. Limits
 * without a number ("bis morgen", "dans la journée") come from {@code indicator/durations.txt}.
 */
public final class DeadlineExtractor implements IndicatorExtractor {
  private static final int NEAR = 4;
  private static final int LIMIT_WORD_REACH = 3;
  private static final double MAX_HOURS = 24 * 366;
  private final DurationPhrases phrases = DurationPhrases.defaults();

  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    Lexicon lexicon = content.lexicon();
    for (TextSegment segment : content.visibleSegments()) {
      Tokens tokens = segment.tokens();
      boolean[] nearDeadline = phrasesAndLimitWords(segment, out);
      for (CueMatch m : segment.cues()) {
        if (m.cueClass().equals("deadline")) {
          if (nearDeadline == null) {
            nearDeadline = new boolean[tokens.size()];
          }
          for (int k = Math.max(0, m.from() - NEAR); k < Math.min(tokens.size(), m.to() + NEAR); k++) {
            nearDeadline[k] = true;
          }
        }
      }
      if (nearDeadline == null) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (!nearDeadline[i]) {
          continue;
        }
        String word = tokens.word(i);
        Double value = number(word, lexicon);
        int unitAt = i + 1;
        Double unit = null;
        if (value == null) {
          // "48h", "24hrs", "72hours": digits and unit in one word
          int d = 0;
          while (d < word.length() && Character.isDigit(word.charAt(d))) {
            d++;
          }
          if (d > 0 && d < word.length() && d <= 4) {
            value = Double.valueOf(word.substring(0, d));
            unit = lexicon.unitHours(word.substring(d));
            unitAt = i;
          }
        } else if (unitAt < tokens.size()) {
          unit = lexicon.unitHours(tokens.word(unitAt));
          if (unit == null && unitAt + 1 < tokens.size() && number(tokens.word(unitAt), lexicon) == null) {
            // "48 full hours", "2 ganze Tage"; but in "24-48 hours" the limit is 48
            unit = lexicon.unitHours(tokens.word(unitAt + 1));
            unitAt = unit == null ? unitAt : unitAt + 1;
          }
        }
        if (value != null && unit != null) {
          double hours = value * unit;
          if (hours > 0 && hours <= MAX_HOURS) {
            int from = segment.normalized().sourceStart(tokens.start(i));
            int to = segment.normalized().sourceEnd(tokens.end(unitAt));
            out.deadline(new Deadline(hours, segment.original().substring(from, to), segment.location(), from, to));
          }
          i = unitAt;
        }
      }
    }
  }

  /**
   * Limits without a number ("bis morgen", "by tomorrow") go straight out: they state a deadline by themselves. Returns
   * the words after limit words ("within 24h", "en 48 heures"), where a duration is a deadline; null when none.
   */
  private boolean[] phrasesAndLimitWords(TextSegment segment, Indicators.Builder out) {
    Tokens tokens = segment.tokens();
    boolean[] afterLimitWord = null;
    int past = 0; // words before this are part of a phrase found
    for (int i : CueWords.FIRST_WORDS.candidates(tokens)) { // the words that may begin one, shared with contacts
      DurationPhrases.Entry entry = i < past ? null : phrases.entry(tokens.word(i));
      if (entry == null) {
        continue;
      }
      if (entry.limitWord) {
        if (afterLimitWord == null) {
          afterLimitWord = new boolean[tokens.size()];
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + LIMIT_WORD_REACH); k++) {
          afterLimitWord[k] = true;
        }
      }
      DurationPhrases.Phrase p = DurationPhrases.at(tokens, i, entry);
      if (p != null) {
        int last = i + p.words().length - 1;
        int from = segment.normalized().sourceStart(tokens.start(i));
        int to = segment.normalized().sourceEnd(tokens.end(last));
        out.deadline(new Deadline(p.hours(), segment.original().substring(from, to), segment.location(), from, to));
        past = last + 1;
      }
    }
    return afterLimitWord;
  }

  private static Double number(String word, Lexicon lexicon) {
    if (word.length() <= 4 && !word.isEmpty()) {
      boolean digits = true;
      for (int k = 0; k < word.length(); k++) {
        digits &= Character.isDigit(word.charAt(k));
      }
      if (digits) {
        return Double.valueOf(word);
      }
    }
    Integer n = lexicon.number(word);
    return n == null ? null : n.doubleValue();
  }
}
