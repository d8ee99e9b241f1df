package org.sextortionshield.core.hostile;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writing MIME by hand, straight to a stream: lines end in CRLF, base64 is encoded as it is written. */
final class Mime {
  /** Ordinary words for filler text, written for these inputs. */
  private static final String[] WORDS = ("the meeting about quarterly numbers moved to thursday please bring "
      + "your notes and the draft budget we will also discuss the garden project coffee will be served in room "
      + "four after lunch thanks for reading this reminder").split(" ");
  /** A scam of our own words: the verdict must still find it however much hostile bulk surrounds it. */
  static final String SCAM = "I hacked your computer and recorded you through your webcam while you were watching "
      + "porn videos. Pay $1,450 in Bitcoin to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa within 48 hours, or I will send "
      + "the video to all your contacts.\r\n";

  private Mime() {}

  static void line(OutputStream out, String s) throws IOException {
    out.write((s + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  static void ascii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The usual top of a message; {@code contentType} null leaves the Content-Type to the caller. */
  static void headers(OutputStream out, String subject, String contentType) throws IOException {
    line(out, "From: \"Support\" <support@sender.example>");
    line(out, "To: victim@example.org");
    line(out, "Subject: " + subject);
    line(out, "Date: Mon, 02 Sep 2024 10:00:00 +0000");
    line(out, "Message-ID: <hostile-" + Math.abs(subject.hashCode()) + "@sender.example>");
    line(out, "MIME-Version: 1.0");
    if (contentType != null) {
      line(out, "Content-Type: " + contentType);
      line(out, "");
    }
  }

  /** {@code bytes} copies of {@code block}, the last one cut short. */
  static void repeat(OutputStream out, byte[] block, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      int n = (int) Math.min(block.length, left);
      out.write(block, 0, n);
      left -= n;
    }
  }

  /** About {@code size} bytes of ordinary sentences, with line breaks (or without, for one endless line). */
  static byte[] filler(int size, boolean lineBreaks) {
    StringBuilder s = new StringBuilder(size + 100);
    long seed = 42;
    int words = 0;
    while (s.length() < size) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      s.append(WORDS[(int) ((seed >>> 33) % WORDS.length)]);
      words++;
      s.append(words % 12 == 0 ? (lineBreaks && words % 24 == 0 ? ".\r\n" : ". ") : " ");
    }
    s.setLength(size);
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A stream that base64-encodes (MIME lines of 76) what is written to it; close it to finish, {@code out} stays open. */
  static OutputStream base64(OutputStream out) {
    return Base64.getMimeEncoder().wrap(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.write('\r');
        out.write('\n');
        out.flush(); // the message goes on after the part
      }
    });
  }
}
