package org.sextortionshield.core.mail;

import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/** Lenient address-list parsing: spam headers are often malformed, and a partial result beats none. */
final class Addresses {
  private static final int MAX_HEADER_CHARS = 16_384;

  private Addresses() {}

  static List<MailAddress> parse(String header) {
    List<MailAddress> out = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return out;
    }
    String value = header.length() > MAX_HEADER_CHARS ? header.substring(0, MAX_HEADER_CHARS) : header;
    try {
      AddressList list = LenientAddressParser.DEFAULT.parseAddressList(value);
      for (Address a : list) {
        if (a instanceof Mailbox m) {
          add(out, m);
        } else if (a instanceof Group g) {
          for (Mailbox m : g.getMailboxes()) {
            add(out, m);
          }
        }
      }
    } catch (RuntimeException e) {
      // Unparseable: fall through with what we have; the raw header is still available to signals.
    }
    return out;
  }

  private static void add(List<MailAddress> out, Mailbox m) {
    String address = m.getAddress();
    if (address != null && !address.isBlank()) {
      out.add(new MailAddress(m.getName(), address));
    }
  }
}
