package org.sextortionshield.core.content;

import java.util.List;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.text.LowerCase;
import org.sextortionshield.core.text.NormalizedText;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/**
 * One readable text of a message (subject, plain body, HTML body, hidden HTML text, a text attachment) prepared for
 * analysis: normalised, split into words, its cues found. {@code location} names it in evidence.
 */
public final class TextSegment {
  private final String location;
  private final boolean hidden;
  private final NormalizedText normalized;
  private final Tokens tokens;
  private final List<CueMatch> cues;
  private NormalizedText casePreserving;
  private String lowerCase;

  TextSegment(String location, String original, Lexicon lexicon) {
    this.location = location;
    this.hidden = Locations.kind(location).equals(MessageContent.HIDDEN); // asked in every loop over cues: once
    this.normalized = TextNormalizer.forMatching(original);
    this.tokens = Tokens.of(normalized);
    this.cues = lexicon.matcher().find(tokens);
  }

  public String location() {
    return location;
  }

  public String original() {
    return normalized.original();
  }

  /** Case-folded normalised text, for cue matching. */
  public NormalizedText normalized() {
    return normalized;
  }

  /** Case-preserving normalised text, for case-sensitive indicators such as base58 addresses; computed on demand. */
  public NormalizedText casePreserving() {
    if (casePreserving == null) {
      casePreserving = TextNormalizer.casePreserving(normalized);
    }
    return casePreserving;
  }

  /** The original text lower-cased, every char in its place ({@link LowerCase}), computed once. */
  public String lowerCaseOriginal() {
    if (lowerCase == null) {
      lowerCase = LowerCase.of(normalized.original());
    }
    return lowerCase;
  }

  public Tokens tokens() {
    return tokens;
  }

  public List<CueMatch> cues() {
    return cues;
  }

  /** True for text a reader does not see (hidden HTML); its cues do not count as things the sender said. */
  public boolean hidden() {
    return hidden;
  }

  /** A readable span around [start, end) of the original text: the sentence it sits in, at most ~240 chars. */
  public String context(int start, int end) {
    return Sentences.around(normalized.original(), start, end, 240);
  }
}
