package org.sextortionshield.core.mail;

import java.util.Locale;

/** One mailbox from an address header: display name (may be empty) and address, lower-cased for comparison. */
public record MailAddress(String displayName, String address) {
  public MailAddress {
    displayName = displayName == null ? "" : displayName.strip();
    address = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
  }

  public String localPart() {
    int at = address.lastIndexOf('@');
    return at < 0 ? address : address.substring(0, at);
  }

  public String domain() {
    int at = address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at + 1);
  }

  @Override
  public String toString() {
    return displayName.isEmpty() ? address : displayName + " <" + address + ">";
  }
}
