package org.sextortionshield.core.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * Lenient address-list parsing: spam headers are often malformed, and a partial result beats none. mime4j's parser
 * works on bytes; given a String it mixes byte and character offsets, which cuts addresses after non-ASCII display
 * names ("Иван <ivan@example.org>"). So it gets the UTF-8 bytes, and names and addresses are decoded back afterwards.
 */
final class Addresses {
  private static final int MAX_HEADER_CHARS = 16_384;

  private Addresses() {}

  static List<MailAddress> parse(String header) {
    List<MailAddress> out = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return out;
    }
    String value = header.length() > MAX_HEADER_CHARS ? header.substring(0, MAX_HEADER_CHARS) : header;
    List<MailAddress> simple = SimpleAddresses.parse(value);
    return simple != null ? simple : lenient(value);
  }

  /** mime4j's general parse of a non-blank header: what {@link SimpleAddresses} must agree with. */
  static List<MailAddress> lenient(String value) {
    List<MailAddress> out = new ArrayList<>();
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    try {
      AddressList list = LenientAddressParser.DEFAULT.parseAddressList(new ByteArrayBuffer(bytes, true),
          new ParserCursor(0, bytes.length));
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
      out.add(new MailAddress(utf8(m.getName()), utf8(address)));
    }
  }

  /** Undoes the byte-per-character encoding; text that mime4j decoded itself (encoded words) is left as it is. */
  private static String utf8(String s) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xff) {
        return s;
      }
    }
    byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
    return Charsets.isValidUtf8(bytes, bytes.length, false) ? new String(bytes, StandardCharsets.UTF_8) : s;
  }
}
