package org.sextortionshield.milter.protocol;

import static org.sextortionshield.milter.protocol.Smfi.*;

/**
 * The outcome of option negotiation (SMFIC_OPTNEG): the version both sides speak, the actions the milter may take
 * and the protocol steps left out or answered without a reply. The MTA offers; the milter takes a subset.
 */
public record Negotiation(int version, int actions, int protocol) {

  /** The actions the shield uses: add headers; change and delete headers (forged verdicts, subject); quarantine. */
  public static final int WANTED_ACTIONS = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE;

  /**
   * Steps we do not need (HELO, DATA, unknown SMTP commands), and every step we do need but never answer except
   * with "continue": the MTA then streams the message and waits only once, at end of body.
   */
  public static final int WANTED_PROTOCOL = SMFIP_NOHELO | SMFIP_NODATA | SMFIP_NOUNKNOWN
      | SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_DATA | SMFIP_NR_UNKN
      | SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY;

  /** Our answer to the MTA's offer: the lower version, and what we want out of what it offers. */
  public static Negotiation answer(Negotiation offer) throws ProtocolException {
    if (offer.version() < MIN_VERSION) {
      throw new ProtocolException("MTA speaks milter protocol version " + offer.version() + "; need at least "
          + MIN_VERSION);
    }
    return new Negotiation(Math.min(VERSION, offer.version()), offer.actions() & WANTED_ACTIONS,
        offer.protocol() & WANTED_PROTOCOL);
  }

  public static Negotiation read(Packet p) {
    Packet.Fields f = p.fields();
    return new Negotiation(f.int32(), f.int32(), f.int32());
  }

  public Packet toPacket() {
    return Packet.builder(SMFIC_OPTNEG).int32(version).int32(actions).int32(protocol).build();
  }

  public boolean allows(int action) {
    return (actions & action) == action;
  }

  /** Whether the MTA waits for an answer to the given command. */
  public boolean expectsReply(byte command) {
    int noReply = switch (command) {
      case SMFIC_CONNECT -> SMFIP_NR_CONN;
      case SMFIC_HELO -> SMFIP_NR_HELO;
      case SMFIC_MAIL -> SMFIP_NR_MAIL;
      case SMFIC_RCPT -> SMFIP_NR_RCPT;
      case SMFIC_DATA -> SMFIP_NR_DATA;
      case SMFIC_UNKNOWN -> SMFIP_NR_UNKN;
      case SMFIC_HEADER -> SMFIP_NR_HDR;
      case SMFIC_EOH -> SMFIP_NR_EOH;
      case SMFIC_BODY -> SMFIP_NR_BODY;
      case SMFIC_BODYEOB, SMFIC_OPTNEG -> 0;
      default -> -1; // abort, macro, quit: never answered
    };
    return noReply == 0 || (noReply > 0 && (protocol & noReply) == 0);
  }
}
