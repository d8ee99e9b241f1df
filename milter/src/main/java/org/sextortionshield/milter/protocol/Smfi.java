package org.sextortionshield.milter.protocol;

/**
 * The milter wire protocol's codes, named as in libmilter's {@code mfdef.h} so they can be looked up there. Every
 * packet is a 4-byte big-endian length (covering the code and the data), a one-byte code, then the data.
 */
public final class Smfi {
  private Smfi() {}

  /** The newest protocol version this implementation speaks (Sendmail 8.14+, Postfix 2.6+). */
  public static final int VERSION = 6;
  /** The oldest version we negotiate down to. */
  public static final int MIN_VERSION = 2;

  // Commands, MTA to milter (SMFIC_*).
  public static final byte SMFIC_ABORT = 'A';
  public static final byte SMFIC_BODY = 'B';
  public static final byte SMFIC_CONNECT = 'C';
  public static final byte SMFIC_MACRO = 'D';
  public static final byte SMFIC_BODYEOB = 'E';
  public static final byte SMFIC_HELO = 'H';
  public static final byte SMFIC_QUIT_NC = 'K';
  public static final byte SMFIC_HEADER = 'L';
  public static final byte SMFIC_MAIL = 'M';
  public static final byte SMFIC_EOH = 'N';
  public static final byte SMFIC_OPTNEG = 'O';
  public static final byte SMFIC_QUIT = 'Q';
  public static final byte SMFIC_RCPT = 'R';
  public static final byte SMFIC_DATA = 'T';
  public static final byte SMFIC_UNKNOWN = 'U';

  // Responses, milter to MTA (SMFIR_*).
  public static final byte SMFIR_ACCEPT = 'a';
  public static final byte SMFIR_CONTINUE = 'c';
  public static final byte SMFIR_DISCARD = 'd';
  public static final byte SMFIR_ADDHEADER = 'h';
  public static final byte SMFIR_INSHEADER = 'i';
  public static final byte SMFIR_CHGHEADER = 'm';
  public static final byte SMFIR_PROGRESS = 'p';
  public static final byte SMFIR_QUARANTINE = 'q';
  public static final byte SMFIR_REJECT = 'r';
  public static final byte SMFIR_SKIP = 's';
  public static final byte SMFIR_TEMPFAIL = 't';
  public static final byte SMFIR_REPLYCODE = 'y';

  // Actions the milter may take (SMFIF_*), offered by the MTA and requested in the option negotiation.
  public static final int SMFIF_ADDHDRS = 0x01;
  public static final int SMFIF_CHGBODY = 0x02;
  public static final int SMFIF_ADDRCPT = 0x04;
  public static final int SMFIF_DELRCPT = 0x08;
  public static final int SMFIF_CHGHDRS = 0x10;
  public static final int SMFIF_QUARANTINE = 0x20;

  // Protocol steps (SMFIP_*): SMFIP_NO* leave a step out, SMFIP_NR_* mean the MTA does not wait for a reply.
  public static final int SMFIP_NOCONNECT = 0x01;
  public static final int SMFIP_NOHELO = 0x02;
  public static final int SMFIP_NOMAIL = 0x04;
  public static final int SMFIP_NORCPT = 0x08;
  public static final int SMFIP_NOBODY = 0x10;
  public static final int SMFIP_NOHDRS = 0x20;
  public static final int SMFIP_NOEOH = 0x40;
  public static final int SMFIP_NR_HDR = 0x80;
  public static final int SMFIP_NOUNKNOWN = 0x100;
  public static final int SMFIP_NODATA = 0x200;
  public static final int SMFIP_SKIP = 0x400;
  public static final int SMFIP_RCPT_REJ = 0x800;
  public static final int SMFIP_NR_CONN = 0x1000;
  public static final int SMFIP_NR_HELO = 0x2000;
  public static final int SMFIP_NR_MAIL = 0x4000;
  public static final int SMFIP_NR_RCPT = 0x8000;
  public static final int SMFIP_NR_DATA = 0x10000;
  public static final int SMFIP_NR_UNKN = 0x20000;
  public static final int SMFIP_NR_EOH = 0x40000;
  public static final int SMFIP_NR_BODY = 0x80000;
  public static final int SMFIP_HDR_LEADSPC = 0x100000;

  /** The body chunk size MTAs use unless a larger one is negotiated (we never ask for one). */
  public static final int CHUNK_SIZE = 65535;

  /** A command code as a printable name for logs and errors. */
  public static String commandName(byte code) {
    return switch (code) {
      case SMFIC_ABORT -> "abort";
      case SMFIC_BODY -> "body";
      case SMFIC_CONNECT -> "connect";
      case SMFIC_MACRO -> "macro";
      case SMFIC_BODYEOB -> "end-of-body";
      case SMFIC_HELO -> "helo";
      case SMFIC_QUIT_NC -> "quit-new-connection";
      case SMFIC_HEADER -> "header";
      case SMFIC_MAIL -> "mail";
      case SMFIC_EOH -> "end-of-headers";
      case SMFIC_OPTNEG -> "option-negotiation";
      case SMFIC_QUIT -> "quit";
      case SMFIC_RCPT -> "rcpt";
      case SMFIC_DATA -> "data";
      case SMFIC_UNKNOWN -> "unknown-smtp-command";
      default -> (code >= 0x21 && code < 0x7f) ? "'" + (char) code + "'" : String.format("0x%02x", code & 0xff);
    };
  }
}
