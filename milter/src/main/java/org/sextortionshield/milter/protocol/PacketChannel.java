package org.sextortionshield.milter.protocol;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.List;

/**
 * Reads and writes milter packets on a blocking channel (TCP or Unix socket). Memory per channel is bounded: data
 * beyond {@code maxData} bytes is skipped as it arrives and the packet is marked {@link Packet#cut()}.
 */
public final class PacketChannel implements Closeable {
  private final ByteChannel channel;
  private final int maxData;
  private final ByteBuffer head = ByteBuffer.allocate(5);
  private ByteBuffer scratch;

  public PacketChannel(ByteChannel channel, int maxData) {
    this.channel = channel;
    this.maxData = maxData;
  }

  /** The next packet, or null when the peer closed the connection between packets. */
  public Packet read() throws IOException {
    head.clear();
    if (!fill(head, true)) {
      return null;
    }
    head.flip();
    long length = head.getInt() & 0xffffffffL;
    byte code = head.get();
    if (length < 1) {
      throw new ProtocolException("packet length 0");
    }
    long dataLength = length - 1;
    int kept = (int) Math.min(dataLength, maxData);
    ByteBuffer data = ByteBuffer.allocate(kept);
    fill(data, false);
    skip(dataLength - kept);
    return new Packet(code, data.array(), kept < dataLength);
  }

  public void write(Packet p) throws IOException {
    write(List.of(p));
  }

  /** Writes packets with one system call where the OS allows (the replies to one command belong together). */
  public void write(List<Packet> packets) throws IOException {
    int total = 0;
    for (Packet p : packets) {
      total += 5 + p.data().length;
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    for (Packet p : packets) {
      out.putInt(p.data().length + 1).put(p.code()).put(p.data());
    }
    out.flip();
    while (out.hasRemaining()) {
      channel.write(out);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Reads until {@code buf} is full; false if the peer closed before the first byte and {@code eofOk}. */
  private boolean fill(ByteBuffer buf, boolean eofOk) throws IOException {
    while (buf.hasRemaining()) {
      if (channel.read(buf) < 0) {
        if (eofOk && buf.position() == 0) {
          return false;
        }
        throw new EOFException("connection closed in the middle of a packet");
      }
    }
    return true;
  }

  private void skip(long n) throws IOException {
    if (n <= 0) {
      return;
    }
    if (scratch == null) {
      scratch = ByteBuffer.allocate(8192);
    }
    while (n > 0) {
      scratch.clear().limit((int) Math.min(n, scratch.capacity()));
      fill(scratch, false);
      n -= scratch.limit();
    }
  }
}
