package org.sextortionshield.core.lexicon;

import org.sextortionshield.core.text.Tokens;

/** A cue found in a text: words [from, to) of {@code tokens} matched {@code pattern}. */
public record CueMatch(CuePattern pattern, Tokens tokens, int from, int to) {
  public String cueClass() {
    return pattern.cueClass();
  }

  public String language() {
    return pattern.language();
  }

  /** What the sender wrote, exactly. */
  public String quote() {
    return tokens.quote(from, to);
  }
}
