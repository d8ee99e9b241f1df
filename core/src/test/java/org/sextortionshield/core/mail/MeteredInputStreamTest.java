package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeteredInputStreamTest {

  private static byte[] lastAfterReading(byte[] message, int ringSize, int chunk) throws IOException {
    MeteredInputStream in = new MeteredInputStream(new ByteArrayInputStream(message), 1 << 20, new byte[ringSize]);
    byte[] b = new byte[chunk];
    while (in.read(b, 0, chunk) > 0) {
      // read to the end
    }
    return in.last();
  }

  @Test
  void keepsTheLastBytesReadInOrderWhateverTheReadSizes() throws IOException {
    byte[] message = new byte[1000];
    for (int i = 0; i < message.length; i++) {
      message[i] = (byte) (i * 7 + 3);
    }
    for (int chunk : new int[] {1, 3, 63, 64, 65, 200, 4096}) {
      assertThat(lastAfterReading(message, 64, chunk)).as("chunk " + chunk)
          .isEqualTo(Arrays.copyOfRange(message, 1000 - 64, 1000));
    }
    byte[] shortOne = "short".getBytes(StandardCharsets.US_ASCII);
    assertThat(lastAfterReading(shortOne, 64, 2)).isEqualTo(shortOne);
    assertThat(lastAfterReading(new byte[0], 64, 8)).isEmpty();
  }

  @Test
  void aTailWithoutItsBoundaryIsNoMultipart() {
    byte[] last = "x\r\n--other\r\n\r\ntext\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(PartsTail.asMultipart(last, "P")).isNull();
    assertThat(PartsTail.asMultipart(last, "")).isNull();
    assertThat(PartsTail.asMultipart(last, "ot\"her")).isNull(); // could not be written back into a header
    assertThat(new String(PartsTail.asMultipart(last, "other"), StandardCharsets.US_ASCII))
        .isEqualTo("Content-Type: multipart/mixed; boundary=\"other\"\r\n\r\n--other\r\n\r\ntext\r\n");
  }

  @Test
  void digestsCopiedFromThePrototypeOnManyThreadsHashAsNewOnes() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<String>> hashes = new java.util.ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        byte[] data = ("message " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        hashes.add(pool.submit(() -> java.util.HexFormat.of().formatHex(MailParser.sha256().digest(data))));
      }
      for (int i = 0; i < hashes.size(); i++) {
        byte[] data = ("message " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(hashes.get(i).get()).isEqualTo(java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(data)));
      }
    } finally {
      pool.shutdown();
    }
  }
}
