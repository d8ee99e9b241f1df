package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.lexicon.CueMatch;

/**
 * A signal that fires on the cues of one lexicon class, quoting up to three different ones. Such signals need no
 * code of their own: a section with {@code cues = <class>} in {@code signals.txt} declares one.
 *
 * <p>A cue of several words ("I recorded you") is a claim; a single word ("masturbation", "bomb") is only a topic,
 * so it takes a second, different cue of the same class before the signal fires.
 */
public final class CueSignal implements Signal {
  static final int MAX_EVIDENCE = 3;
  private final String id;
  private final String cueClass;

  public CueSignal(String id, String cueClass) {
    this.id = id;
    this.cueClass = cueClass;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    if (!input.content().hasCue(cueClass)) {
      return List.of(); // most mail holds no cue of most classes: asked without making a list
    }
    List<MessageContent.Found<CueMatch>> found = input.content().cues(cueClass);
    return isStrong(found) ? quotes(input.content(), cueClass, definition.explanation(), MAX_EVIDENCE) : List.of();
  }

  /** One multi-word cue, or two different single-word cues. */
  static boolean isStrong(List<MessageContent.Found<CueMatch>> found) {
    String single = null;
    for (MessageContent.Found<CueMatch> f : found) {
      CueMatch m = f.item();
      if (m.to() - m.from() >= 2) {
        return true;
      }
      String word = m.tokens().word(m.from());
      if (single == null) {
        single = word;
      } else if (!single.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Evidence for up to {@code max} distinct cues of {@code cueClass}; overlapping cues are quoted once. */
  static List<Evidence> quotes(MessageContent content, String cueClass, String explanation, int max) {
    List<Evidence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MessageContent.Found<CueMatch> found : content.cues(cueClass)) {
      TextSegment segment = found.segment();
      CueMatch m = found.item();
      int from = segment.normalized().sourceStart(m.tokens().start(m.from()));
      int to = segment.normalized().sourceEnd(m.tokens().end(m.to() - 1));
      String quote = segment.original().substring(from, to);
      // checked before the context is cut: a text repeating one cue a million times must not cost a million contexts
      if (overlapsAny(out, segment.location(), from, to) || !seen.add(quote.toLowerCase(Locale.ROOT))) {
        continue;
      }
      out.add(new Evidence(segment.location(), quote, segment.context(from, to), explanation, from, to));
      if (out.size() >= max) {
        break;
      }
    }
    return out;
  }

  private static boolean overlapsAny(List<Evidence> list, String location, int start, int end) {
    for (Evidence o : list) {
      if (o.location().equals(location) && o.start() < end && start < o.end()) {
        return true;
      }
    }
    return false;
  }

  static Evidence evidence(TextSegment segment, CueMatch m, String explanation) {
    int from = segment.normalized().sourceStart(m.tokens().start(m.from()));
    int to = segment.normalized().sourceEnd(m.tokens().end(m.to() - 1));
    return new Evidence(segment.location(), segment.original().substring(from, to), segment.context(from, to),
        explanation, from, to);
  }
}
