package org.sextortionshield.milter.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextortionshield.milter.protocol.Smfi.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import org.junit.jupiter.api.Test;

class NegotiationTest {
  @Test
  void takesOnlyWhatTheMtaOffersAndAsksForNoRepliesToTheStepsItDoesNotAnswer() throws ProtocolException {
    Negotiation n = Negotiation.answer(new Negotiation(6, 0x1ff, 0x1fffff));
    assertThat(n.version()).isEqualTo(6);
    assertThat(n.actions()).isEqualTo(SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE);
    for (byte step : new byte[] {SMFIC_CONNECT, SMFIC_MAIL, SMFIC_RCPT, SMFIC_HEADER, SMFIC_EOH, SMFIC_BODY}) {
      assertThat(n.expectsReply(step)).as(Smfi.commandName(step)).isFalse();
    }
    assertThat(n.expectsReply(SMFIC_BODYEOB)).isTrue();
    assertThat(n.expectsReply(SMFIC_ABORT)).isFalse();
    assertThat(n.expectsReply(SMFIC_MACRO)).isFalse();
  }

  @Test
  void aVersionFourMtaGetsVersionFourAndIsAnsweredAtEveryStep() throws ProtocolException {
    Negotiation n = Negotiation.answer(new Negotiation(4, 0x3f, 0x1ff));
    assertThat(n).isEqualTo(new Negotiation(4, SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE,
        SMFIP_NOHELO | SMFIP_NOUNKNOWN | SMFIP_NR_HDR));
    assertThat(n.expectsReply(SMFIC_HEADER)).isFalse();
    assertThat(n.expectsReply(SMFIC_BODY)).isTrue();
    assertThat(n.expectsReply(SMFIC_CONNECT)).isTrue();
  }

  @Test
  void refusesVersionOne() {
    assertThatThrownBy(() -> Negotiation.answer(new Negotiation(1, 0xf, 0xf)))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("version 1");
  }

  @Test
  void packetsRoundTripAndOversizeDataIsCutNotBuffered() throws IOException {
    Loopback wire = new Loopback();
    PacketChannel ch = new PacketChannel(wire, 12);
    ch.write(Packet.builder(SMFIC_HEADER).string("Subject").string("0123456789").build());
    ch.write(new Negotiation(6, 1, 2).toPacket());
    Packet cut = ch.read();
    assertThat(cut.code()).isEqualTo(SMFIC_HEADER);
    assertThat(cut.cut()).isTrue();
    assertThat(cut.data()).hasSize(12);
    assertThat(Negotiation.read(ch.read())).isEqualTo(new Negotiation(6, 1, 2));
    assertThat(ch.read()).as("end of stream between packets").isNull();
  }

  /** A channel that reads back what was written. */
  private static final class Loopback implements ByteChannel {
    private final ByteBuffer buf = ByteBuffer.allocate(4096);
    private int readAt;

    @Override
    public int read(ByteBuffer dst) {
      int available = buf.position() - readAt;
      if (available == 0) {
        return -1;
      }
      int n = Math.min(available, dst.remaining());
      dst.put(buf.array(), readAt, n);
      readAt += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      buf.put(src);
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
