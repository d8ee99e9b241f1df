package org.sextortionshield.core.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.Header;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.mail.TextPart;

/**
 * A parsed message prepared for signals and indicator extraction: its texts as {@link TextSegment}s (mailing-list
 * subject tags and footers removed, since the list added them, not the sender) and the recipients it was sent to.
 */
public final class MessageContent {
  public static final String SUBJECT = "subject";
  public static final String HIDDEN = "html-hidden";

  private final ParsedMessage message;
  private final List<TextSegment> segments;
  private final Lexicon lexicon;
  private final List<String> problems;
  private List<MailAddress> recipients;
  /** Headers naming the mailbox the mail was delivered to, read in this order. */
  private static final List<String> DELIVERED = List.of("Delivered-To", "X-Original-To");

  private MessageContent(ParsedMessage message, List<TextSegment> segments, Lexicon lexicon, List<String> problems) {
    this.message = message;
    this.segments = Collections.unmodifiableList(segments);
    this.lexicon = lexicon;
    this.problems = List.copyOf(problems);
  }

  public static MessageContent of(ParsedMessage message, Lexicon lexicon) {
    return of(message, lexicon, List.of());
  }

  /** The content of a message, with the texts of extra {@code sources} (PDF text, QR payloads, ...) as segments. */
  public static MessageContent of(ParsedMessage message, Lexicon lexicon, List<TextSource> sources) {
    List<TextSegment> segments = new ArrayList<>();
    Set<String> used = new HashSet<>();
    String subject = MailingList.stripSubjectTag(message.subject());
    if (!subject.isBlank()) {
      segments.add(new TextSegment(Locations.unique(SUBJECT, used), subject, lexicon));
    }
    for (TextPart part : message.textParts()) {
      String text = MailingList.stripFooter(message, part.text());
      if (!text.isBlank()) {
        segments.add(new TextSegment(Locations.unique(part.location(), used), text, lexicon));
      }
      if (part.hiddenText() != null && !part.hiddenText().isBlank()) {
        segments.add(new TextSegment(Locations.unique(HIDDEN, used), part.hiddenText(), lexicon));
      }
    }
    List<String> problems = new ArrayList<>();
    for (TextSource source : sources) {
      for (TextSource.Text t : source.texts(message, problems::add)) {
        if (!t.text().isBlank()) {
          segments.add(new TextSegment(Locations.unique(t.location(), used), t.text(), lexicon));
        }
      }
    }
    return new MessageContent(message, segments, lexicon, problems);
  }

  public ParsedMessage message() {
    return message;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** What the text sources could not read (broken images or PDFs, limits reached), one line each. */
  public List<String> problems() {
    return problems;
  }

  public List<TextSegment> segments() {
    return segments;
  }

  /** Segments a reader sees (everything but hidden HTML text). */
  public List<TextSegment> visibleSegments() {
    List<TextSegment> out = new ArrayList<>(segments.size());
    for (TextSegment s : segments) {
      if (!s.hidden()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every visible cue of one class, in segment order. */
  public List<Found<CueMatch>> cues(String cueClass) {
    List<Found<CueMatch>> out = new ArrayList<>();
    for (TextSegment s : segments) {
      if (s.hidden()) {
        continue;
      }
      for (CueMatch m : s.cues()) {
        if (m.cueClass().equals(cueClass)) {
          out.add(new Found<>(s, m));
        }
      }
    }
    return out;
  }

  public boolean hasCue(String cueClass) {
    for (TextSegment s : segments) {
      if (!s.hidden()) {
        for (CueMatch m : s.cues()) {
          if (m.cueClass().equals(cueClass)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The recipients: To and Cc, and Delivered-To / X-Original-To when present. */
  public List<MailAddress> recipients() {
    List<MailAddress> r = recipients;
    if (r == null) {
      r = findRecipients();
      recipients = r; // immutable: racing threads may each compute it and share either
    }
    return r;
  }

  private List<MailAddress> findRecipients() {
    List<MailAddress> to = message.to();
    List<MailAddress> out = new ArrayList<>(to.size() + 4);
    out.addAll(to);
    out.addAll(message.cc());
    for (String name : DELIVERED) {
      for (Header h : message.headers()) { // read in place: no list of the matching values made
        if (h.name().equalsIgnoreCase(name)) {
          String a = h.value().strip();
          if (a.contains("@")) {
            out.add(new MailAddress("", a.replace("<", "").replace(">", "")));
          }
        }
      }
    }
    return out.size() == to.size() ? to : List.copyOf(out); // To alone is immutable already
  }

  /** Something found in a segment. */
  public record Found<T>(TextSegment segment, T item) {}
}
