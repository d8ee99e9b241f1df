package org.sextortionshield.milter.client;

import static org.sextortionshield.milter.protocol.Smfi.*;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sextortionshield.milter.ListenAddress;
import org.sextortionshield.milter.protocol.Negotiation;
import org.sextortionshield.milter.protocol.Packet;
import org.sextortionshield.milter.protocol.PacketChannel;
import org.sextortionshield.milter.protocol.ProtocolException;

/**
 * The MTA side of the milter protocol, as Postfix speaks it: for tests, the load generator and checks against a
 * running milter. Each call sends one command and, when the negotiated protocol says the milter answers it, reads
 * the answer: modification requests up to a final reply.
 */
public final class MilterClient implements Closeable {
  /** What Postfix 3.x offers: protocol version 6, every action, every protocol step flag. */
  public static final Negotiation POSTFIX_OFFER = new Negotiation(VERSION, 0x1ff, 0x1fffff);

  private final PacketChannel channel;
  private Negotiation negotiated;

  private MilterClient(SocketChannel channel) {
    this.channel = new PacketChannel(channel, 1 << 20);
  }

  public static MilterClient connect(ListenAddress address) throws IOException {
    SocketChannel ch = SocketChannel.open(address.family());
    try {
      ch.connect(address.toSocketAddress());
      if (!address.isUnix()) {
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
    } catch (IOException e) {
      ch.close();
      throw new IOException("cannot connect to milter " + address + ": " + e.getMessage(), e);
    }
    return new MilterClient(ch);
  }

  /** The milter's answer to our offer; later commands follow it. */
  public Negotiation negotiate(Negotiation offer) throws IOException {
    channel.write(offer.toPacket());
    Packet answer = readPacket();
    if (answer.code() != SMFIC_OPTNEG) {
      throw new ProtocolException("expected option negotiation, got " + answer);
    }
    negotiated = Negotiation.read(answer);
    return negotiated;
  }

  public Negotiation negotiated() {
    return negotiated;
  }

  public Reply connectInfo(String host, String ipv4, int port) throws IOException {
    return command(Packet.builder(SMFIC_CONNECT).string(host).u8('4').int16(port).string(ipv4).build());
  }

  public Reply helo(String name) throws IOException {
    return command(Packet.builder(SMFIC_HELO).string(name).build());
  }

  /** Macros for the next command ({@code forCommand}), e.g. {@code i} (the queue id) before MAIL. */
  public void macro(byte forCommand, String name, String value) throws IOException {
    channel.write(Packet.builder(SMFIC_MACRO).u8(forCommand).string(name).string(value).build());
  }

  public Reply mail(String from) throws IOException {
    return command(Packet.builder(SMFIC_MAIL).string(from).build());
  }

  public Reply rcpt(String to) throws IOException {
    return command(Packet.builder(SMFIC_RCPT).string(to).build());
  }

  public Reply header(byte[] name, byte[] value) throws IOException {
    return command(Packet.builder(SMFIC_HEADER).string(name).string(value).build());
  }

  public Reply header(String name, String value) throws IOException {
    return header(name.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }

  public Reply endOfHeaders() throws IOException {
    return command(Packet.of(SMFIC_EOH));
  }

  /** Sends the body in chunks of at most 64 KiB, as MTAs do. */
  public Reply body(byte[] body) throws IOException {
    Reply last = Reply.NONE;
    for (int at = 0; at < body.length; at += CHUNK_SIZE) {
      byte[] chunk = Arrays.copyOfRange(body, at, Math.min(body.length, at + CHUNK_SIZE));
      last = command(Packet.builder(SMFIC_BODY).bytes(chunk).build());
      if (last.last() != null && last.last().code() != SMFIR_CONTINUE) {
        break; // the milter skips or decides before the end
      }
    }
    return last;
  }

  public Reply endOfMessage() throws IOException {
    return command(Packet.of(SMFIC_BODYEOB));
  }

  /** The whole transaction for one message: envelope, headers, body, end of message. */
  public Reply send(String queueId, String from, List<String> to, byte[] message) throws IOException {
    if (queueId != null) {
      macro(SMFIC_MAIL, "i", queueId);
    }
    mail(from);
    for (String rcpt : to) {
      rcpt(rcpt);
    }
    MailText text = MailText.split(message);
    for (MailText.Header h : text.headers()) {
      header(h.name(), h.value());
    }
    endOfHeaders();
    body(text.body());
    return endOfMessage();
  }

  /** Abandons the current message; never answered. */
  public void abort() throws IOException {
    channel.write(Packet.of(SMFIC_ABORT));
  }

  /** Ends the SMTP session but keeps the milter connection for the next one. */
  public void quitNewConnection() throws IOException {
    channel.write(Packet.of(SMFIC_QUIT_NC));
  }

  public void quit() throws IOException {
    channel.write(Packet.of(SMFIC_QUIT));
  }

  /** Sends a raw packet and reads an answer if {@code answered}; for tests of protocol edge cases. */
  public Reply raw(Packet p, boolean answered) throws IOException {
    channel.write(p);
    return answered ? readReply() : Reply.NONE;
  }

  /** The next packet, or null once the milter has closed the connection. */
  public Packet readOrEnd() throws IOException {
    return channel.read();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private Reply command(Packet p) throws IOException {
    if (negotiated == null) {
      throw new IllegalStateException("negotiate first");
    }
    channel.write(p);
    return negotiated.expectsReply(p.code()) ? readReply() : Reply.NONE;
  }

  private Reply readReply() throws IOException {
    List<Packet> modifications = new ArrayList<>();
    while (true) {
      Packet p = readPacket();
      if (Reply.isFinal(p.code())) {
        return new Reply(modifications, p);
      }
      if (p.code() != SMFIR_PROGRESS) {
        modifications.add(p);
      }
    }
  }

  private Packet readPacket() throws IOException {
    Packet p = channel.read();
    if (p == null) {
      throw new EOFException("the milter closed the connection");
    }
    return p;
  }
}
