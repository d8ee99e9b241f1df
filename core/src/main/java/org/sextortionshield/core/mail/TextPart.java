package org.sextortionshield.core.mail;

import java.util.List;

/**
 * Readable text of one part. For HTML, {@code text} is what a reader sees and {@code hiddenText} what the markup
 * hides (display:none, zero font size, white on white …); {@code links} are the link targets.
 */
public record TextPart(Kind kind, String name, String contentType, String text, String hiddenText,
    List<String> links, boolean truncated) {

  /** Where the text came from; also the evidence location. */
  public enum Kind {
    PLAIN("body"),
    HTML("html"),
    ATTACHMENT("attachment");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The evidence location: "body", "html" or "attachment:<name>". */
  public String location() {
    return kind == Kind.ATTACHMENT ? "attachment:" + name : kind.label();
  }
}
