package org.sextortionshield.core.mail;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A message as the engine sees it: decoded headers, readable text, attachments and forwarded messages. */
public final class ParsedMessage {
  private final List<Header> headers = new ArrayList<>();
  private final List<TextPart> textParts = new ArrayList<>();
  private final List<Attachment> attachments = new ArrayList<>();
  private final List<ParsedMessage> attachedMessages = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private long size;
  private boolean truncated;
  private String sha256 = "";
  /** From, To, Cc, Reply-To and Sender once parsed (see {@link #addresses}). */
  @SuppressWarnings("unchecked")
  private final List<MailAddress>[] addresses = new List[5];

  public List<Header> headers() {
    return Collections.unmodifiableList(headers);
  }

  /** The first value of header {@code name} (case-insensitive), or "". */
  public String header(String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return "";
  }

  /** Every value of header {@code name}, top to bottom. */
  public List<String> headers(String name) {
    List<Header> matching = new ArrayList<>();
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        matching.add(h);
      }
    }
    // values are decoded as read: a reader of the first Received headers does not pay for the rest
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return matching.get(index).value();
      }

      @Override
      public int size() {
        return matching.size();
      }
    };
  }

  public boolean hasHeader(String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  public String subject() {
    return header("Subject");
  }

  public String messageId() {
    String id = header("Message-ID").strip();
    if (id.startsWith("<") && id.endsWith(">")) {
      id = id.substring(1, id.length() - 1);
    }
    return id;
  }

  public List<MailAddress> from() {
    return addresses(0, "From", false);
  }

  public List<MailAddress> to() {
    return addresses(1, "To", true);
  }

  public List<MailAddress> cc() {
    return addresses(2, "Cc", true);
  }

  public List<MailAddress> replyTo() {
    return addresses(3, "Reply-To", false);
  }

  public List<MailAddress> sender() {
    return addresses(4, "Sender", false);
  }

  /**
   * The addresses of a header (every occurrence of it when {@code all}), parsed once: several signals ask for the
   * same ones. The lists are immutable, so racing threads may each parse and share either result.
   */
  private List<MailAddress> addresses(int which, String name, boolean all) {
    List<MailAddress> parsed = addresses[which];
    if (parsed == null) {
      parsed = List.copyOf(Addresses.parse(all ? allValues(name) : header(name)));
      addresses[which] = parsed;
    }
    return parsed;
  }

  /** Every value of header {@code name} joined by ", " (most mail has one: that one, with no list or copy), or "". */
  private String allValues(String name) {
    String first = null;
    StringBuilder joined = null;
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        if (first == null) {
          first = h.value();
        } else {
          joined = (joined == null ? new StringBuilder(first) : joined).append(", ").append(h.value());
        }
      }
    }
    return joined != null ? joined.toString() : first != null ? first : "";
  }

  public List<TextPart> textParts() {
    return Collections.unmodifiableList(textParts);
  }

  public List<Attachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  /** Forwarded originals ({@code message/rfc822} parts), each analysed as a message of its own. */
  public List<ParsedMessage> attachedMessages() {
    return Collections.unmodifiableList(attachedMessages);
  }

  /** What could not be read as declared (unknown charset, broken encoding, limits hit), one line each. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Bytes of the message read (the whole message unless {@link #truncated()}). */
  public long size() {
    return size;
  }

  /** True when a limit cut the message short; the verdict then speaks only of what was read. */
  public boolean truncated() {
    return truncated;
  }

  /** SHA-256 (hex) of the bytes read; the whole message's hash unless truncated. Empty for attached messages. */
  public String sha256() {
    return sha256;
  }

  boolean isEmpty() {
    return headers.isEmpty() && textParts.isEmpty() && attachments.isEmpty() && attachedMessages.isEmpty();
  }

  void addHeader(Header h) {
    headers.add(h);
    java.util.Arrays.fill(addresses, null);
  }

  void addTextPart(TextPart p) {
    textParts.add(p);
  }

  void replaceTextPart(int index, TextPart p) {
    textParts.set(index, p);
  }

  void addAttachment(Attachment a) {
    attachments.add(a);
  }

  void addAttachedMessage(ParsedMessage m) {
    attachedMessages.add(m);
  }

  void addProblem(String problem) {
    if (problems.size() < 50 && !problems.contains(problem)) {
      problems.add(problem);
    }
  }

  void finish(long size, boolean truncated, String sha256) {
    this.size = size;
    this.truncated = truncated;
    this.sha256 = sha256;
  }

  void markTruncated() {
    this.truncated = true;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
