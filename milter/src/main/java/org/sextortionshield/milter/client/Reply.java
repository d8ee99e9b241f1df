package org.sextortionshield.milter.client;

import static org.sextortionshield.milter.protocol.Smfi.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.milter.protocol.Packet;

/**
 * The milter's answer to one command: modification requests (headers, quarantine), then the final reply. For
 * commands the milter does not answer, {@link #NONE}.
 */
public record Reply(List<Packet> modifications, Packet last) {
  public static final Reply NONE = new Reply(List.of(), null);

  /** A header the milter adds, changes or deletes (empty value); {@code index} is 0 for additions. */
  public record HeaderChange(byte code, int index, String name, String value) {}

  static boolean isFinal(byte code) {
    return switch (code) {
      case SMFIR_ACCEPT, SMFIR_CONTINUE, SMFIR_DISCARD, SMFIR_REJECT, SMFIR_TEMPFAIL, SMFIR_REPLYCODE,
          SMFIR_SKIP -> true;
      default -> false;
    };
  }

  public byte code() {
    return last == null ? 0 : last.code();
  }

  /** The SMTP reply of an SMFIR_REPLYCODE answer ({@code 550 5.7.1 ...}), or null. */
  public String replyText() {
    return code() == SMFIR_REPLYCODE ? last.fields().string() : null;
  }

  /** The message was let through: accepted or continued at end of message. */
  public boolean accepted() {
    return code() == SMFIR_ACCEPT || code() == SMFIR_CONTINUE;
  }

  public List<HeaderChange> headerChanges() {
    List<HeaderChange> out = new ArrayList<>();
    for (Packet p : modifications) {
      Packet.Fields f = p.fields();
      switch (p.code()) {
        case SMFIR_ADDHEADER -> out.add(new HeaderChange(p.code(), 0, f.string(), f.string()));
        case SMFIR_CHGHEADER, SMFIR_INSHEADER -> {
          int index = f.int32();
          out.add(new HeaderChange(p.code(), index, f.string(), f.string()));
        }
        default -> {
          // not a header change
        }
      }
    }
    return out;
  }

  /** The value of the header the milter adds with this name, or null. */
  public String added(String name) {
    for (HeaderChange h : headerChanges()) {
      if (h.code() == SMFIR_ADDHEADER && h.name().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }

  /** The quarantine reason, or null when the message is not quarantined. */
  public String quarantineReason() {
    for (Packet p : modifications) {
      if (p.code() == SMFIR_QUARANTINE) {
        return new String(p.data(), StandardCharsets.UTF_8).replace("\u0000", "");
      }
    }
    return null;
  }
}
