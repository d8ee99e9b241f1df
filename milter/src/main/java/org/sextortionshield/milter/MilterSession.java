package org.sextortionshield.milter;

import static org.sextortionshield.milter.protocol.Smfi.*;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ByteChannel;
import java.util.function.Consumer;
import org.sextortionshield.milter.protocol.Negotiation;
import org.sextortionshield.milter.protocol.Packet;
import org.sextortionshield.milter.protocol.PacketChannel;
import org.sextortionshield.milter.protocol.ProtocolException;
import org.sextortionshield.milter.protocol.Smfi;

/**
 * One MTA connection: option negotiation, then any number of SMTP sessions (SMFIC_QUIT_NC) each with any number of
 * messages, until SMFIC_QUIT or the MTA goes away. Collects each message, has it judged at end of body and answers
 * with its {@link Disposition}. Memory is bounded by max-message-bytes plus one packet.
 */
final class MilterSession implements Runnable {
  /** Largest packet data kept; Postfix sends body chunks of at most 64 KiB and headers of at most 100 KiB. */
  static final int MAX_PACKET_DATA = 256 * 1024;

  /** What every session shares. */
  record Services(MilterConfig config, BudgetedScanner scanner, Metrics metrics, Consumer<String> log) {}

  private final PacketChannel channel;
  private final Services services;
  private final Runnable onEnd;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile boolean judging;
  private Negotiation negotiated;
  private String client;
  private String queueId;
  private IncomingMessage message;

  MilterSession(ByteChannel channel, Services services, Runnable onEnd) {
    this.channel = new PacketChannel(channel, MAX_PACKET_DATA);
    this.services = services;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    try {
      Packet p;
      while ((p = channel.read()) != null) {
        lastActivityNanos = System.nanoTime();
        if (!handle(p)) {
          break;
        }
      }
    } catch (AsynchronousCloseException e) {
      // closed by the idle watchdog or at shutdown: already logged there
    } catch (ProtocolException e) {
      services.metrics().protocolError();
      services.log().accept(MessageLog.event("protocol-error").field("client", client).field("problem",
          e.getMessage()).toString());
    } catch (EOFException e) {
      endedMidMessage("eof-mid-packet");
    } catch (IOException e) {
      endedMidMessage("io-error");
    } finally {
      if (message != null) {
        services.metrics().aborted();
      }
      close();
      onEnd.run();
    }
  }

  /** Silent for longer than the idle timeout, and not waiting for the engine. */
  boolean idleSince(long deadlineNanos) {
    return !judging && lastActivityNanos - deadlineNanos < 0;
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing left to do with a connection that cannot even be closed
    }
  }

  /** Handles one command; false ends the connection. */
  private boolean handle(Packet p) throws IOException {
    byte code = p.code();
    if (negotiated == null && code != SMFIC_OPTNEG) {
      throw new ProtocolException(Smfi.commandName(code) + " before option negotiation");
    }
    switch (code) {
      case SMFIC_OPTNEG -> {
        negotiated = Negotiation.answer(Negotiation.read(p));
        channel.write(negotiated.toPacket());
        return true;
      }
      case SMFIC_MACRO -> macros(p);
      case SMFIC_CONNECT -> connect(p);
      case SMFIC_MAIL -> message = new IncomingMessage(services.config().maxMessageBytes(), p.fields().string());
      case SMFIC_RCPT -> current().recipient(p.fields().string());
      case SMFIC_HEADER -> {
        Packet.Fields f = p.fields();
        current().header(f.bytes(), f.bytes(), p.cut());
      }
      case SMFIC_EOH -> current().endOfHeaders();
      case SMFIC_BODY -> current().body(p.data(), p.cut());
      case SMFIC_BODYEOB -> {
        current().body(p.data(), p.cut());
        endOfMessage();
        return true;
      }
      case SMFIC_ABORT -> {
        if (message != null) {
          services.metrics().aborted();
        }
        resetMessage();
        return true;
      }
      case SMFIC_QUIT_NC -> {
        resetMessage();
        client = null;
        return true;
      }
      case SMFIC_QUIT -> {
        return false;
      }
      case SMFIC_HELO, SMFIC_DATA, SMFIC_UNKNOWN -> {
        // not needed; asked to be left out, but an MTA may send them anyway
      }
      default -> throw new ProtocolException("unknown command " + Smfi.commandName(code));
    }
    if (negotiated.expectsReply(code)) {
      channel.write(Packet.of(SMFIR_CONTINUE));
    }
    return true;
  }

  private void macros(Packet p) {
    Packet.Fields f = p.fields();
    f.u8(); // the command the macros belong to
    while (f.hasMore()) {
      String name = f.string();
      String value = f.string();
      if (name.equals("i") || name.equals("{i}")) {
        queueId = value;
      }
    }
  }

  private void connect(Packet p) {
    Packet.Fields f = p.fields();
    String host = f.string();
    int family = f.u8();
    String address = "";
    if (family == '4' || family == '6' || family == 'L') {
      f.int16();
      address = f.string();
    }
    client = address.isEmpty() ? host : host + "[" + address + "]";
  }

  /** The message being received; headers or body without MAIL (non-SMTP submission) start one. */
  private IncomingMessage current() {
    if (message == null) {
      message = new IncomingMessage(services.config().maxMessageBytes(), null);
    }
    return message;
  }

  private void endOfMessage() throws IOException {
    long start = System.nanoTime();
    IncomingMessage m = current();
    ScanOutcome outcome;
    judging = true;
    try {
      outcome = services.scanner().scan(m.stream());
    } finally {
      judging = false;
    }
    Disposition d = Disposition.decide(outcome, m, services.config().policy(), negotiated);
    channel.write(d.packets());
    long nanos = System.nanoTime() - start;
    lastActivityNanos = System.nanoTime();
    Metrics metrics = services.metrics();
    metrics.message(d.verdict(), d.action(), nanos, m.truncated());
    if (outcome.failed()) {
      metrics.failure(outcome.failure());
    }
    services.log().accept(MessageLog.event("message")
        .field("queue_id", queueId)
        .field("message_id", m.messageId())
        .field("from", m.from())
        .field("to", MessageLog.addresses(m.recipients(), m.recipientCount()))
        .field("client", client)
        .field("verdict", d.verdict())
        .field("score", d.score() == null ? null : Disposition.formatScore(d.score()))
        .field("action", d.action().label())
        .millis("ms", nanos)
        .field("size", m.seenBytes())
        .fieldIf(m.truncated(), "scanned", m.keptBytes())
        .fieldIf(outcome.failed(), "error", outcome.failed() ? outcome.failure().label() + ": " + outcome.detail()
            : null)
        .fieldIf(d.forgedDeleted() > 0, "forged_deleted", d.forgedDeleted())
        .fieldIf(!d.notes().isEmpty(), "notes", String.join(",", d.notes()))
        .toString());
    resetMessage();
  }

  private void resetMessage() {
    message = null;
    queueId = null;
  }

  private void endedMidMessage(String how) {
    if (message != null) {
      services.log().accept(MessageLog.event("disconnect").field("client", client).field("queue_id", queueId)
          .field("problem", how + " before end of message").toString());
    }
  }
}
