package org.sextortionshield.core.mail;

/**
 * A non-text part or a part with a file name. {@code content} keeps the decoded bytes only when they fit the
 * limit for kept attachments (images and PDFs are read for QR codes and text); otherwise it is null and only the
 * size and hash are known. {@code name} is empty, never null, when the part has no file name.
 */
public record Attachment(String name, String contentType, long size, String sha256, byte[] content, boolean inline) {
  public Attachment {
    name = name == null ? "" : name;
  }

  public boolean contentKept() {
    return content != null;
  }
}
