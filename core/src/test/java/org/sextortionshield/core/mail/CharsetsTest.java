package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check and its ASCII skipping, against the JDK's strict decoder and a byte-by-byte loop. */
class CharsetsTest {
  @Test
  void asciiEndIsTheFirstHighByteAtAnyOffsetAndLength() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (random.nextInt(10) == 0 ? 0x80 + random.nextInt(128) : random.nextInt(128));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int length = from + random.nextInt(b.length - from + 1);
      int expected = from;
      while (expected < length && b[expected] >= 0) {
        expected++;
      }
      assertThat(Charsets.asciiEnd(b, from, length)).isEqualTo(expected);
    }
  }

  @Test
  void validUtf8IsWhatTheStrictDecoderAccepts() {
    Random random = new Random(11);
    String[] pieces = {"a", "plain ascii text ", "é", "€", "😀", "\u0800", "\uFFFD"};
    byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, 1},
        {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    for (int round = 0; round < 5_000; round++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        if (random.nextInt(15) == 0) {
          out.writeBytes(bad[random.nextInt(bad.length)]);
        } else {
          out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] b = out.toByteArray();
      assertThat(Charsets.isValidUtf8(b, b.length, false)).as("%s", java.util.Arrays.toString(b))
          .isEqualTo(strictlyValid(b));
    }
  }

  @Test
  void aCutCharacterAtTheEndIsForgivenOnlyWhenCut() {
    byte[] euroCut = {'a', 'b', (byte) 0xE2, (byte) 0x82};
    assertThat(Charsets.isValidUtf8(euroCut, euroCut.length, true)).isTrue();
    assertThat(Charsets.isValidUtf8(euroCut, euroCut.length, false)).isFalse();
    byte[] longAscii = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
    assertThat(Charsets.isValidUtf8(longAscii, longAscii.length, false)).isTrue();
  }

  private static boolean strictlyValid(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void charsetsAreLookedUpAsTheJdkLooksThemUp() {
    java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("utf8", "latin1", "cp1252", "x-junk",
        "bad name", "ﬀ", "\u212aoi8-r", "unicode-1-1-utf-8", ""));
    for (java.nio.charset.Charset c : java.nio.charset.Charset.availableCharsets().values()) {
      names.add(c.name());
      names.addAll(c.aliases());
    }
    for (String name : names) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      java.nio.charset.Charset expected;
      try {
        expected = java.nio.charset.Charset.forName(lower);
      } catch (IllegalArgumentException e) {
        expected = null;
      }
      assertThat(Charsets.lookUp(lower)).as(lower).isEqualTo(expected);
    }
  }
}
