package org.sextortionshield.core.password;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A downloaded Pwned Passwords SHA-1 file ({@code HASH:COUNT} lines sorted by hash, about 40 GB in full), searched
 * in place: a binary search over byte offsets, each probe reading one line from the next line boundary, then a short
 * linear scan. Nothing is loaded; a lookup reads a few kilobytes. Nothing leaves the machine.
 */
public final class PwnedPasswordsFile implements BreachedPasswords {
  private static final int HASH = 40;
  /** Below this window the search scans lines one by one. */
  private static final long LINEAR = 4096;
  /** Longer than any real line ("40 hex:count\r\n"); a longer one means this is not such a file. */
  private static final int MAX_LINE = 128;
  private final Path file;

  public PwnedPasswordsFile(Path file) {
    this.file = file;
  }

  @Override
  public String source() {
    return "the Pwned Passwords file " + file;
  }

  @Override
  public long timesSeen(PasswordHash hash) throws IOException {
    byte[] target = hash.hex().getBytes(StandardCharsets.US_ASCII);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long lo = 0; // a line start: 0, or a line whose hash is below the target
      long hi = ch.size(); // the first line at or above the target starts at or before hi
      ByteBuffer buf = ByteBuffer.allocate(MAX_LINE);
      while (hi - lo > LINEAR) {
        long mid = lo + (hi - lo) / 2;
        long start = nextLineStart(ch, mid, buf);
        if (start >= hi) {
          break;
        }
        Line line = readLine(ch, start, buf);
        if (compare(line.hash(), target) < 0) {
          lo = start;
        } else {
          hi = start;
        }
      }
      long at = lo;
      while (at <= hi && at < ch.size()) {
        Line line = readLine(ch, at, buf);
        int c = compare(line.hash(), target);
        if (c == 0) {
          return line.count();
        }
        if (c > 0) {
          return 0;
        }
        at = line.next();
      }
      return 0;
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file");
    }
  }

  private record Line(byte[] hash, long count, long next) {}

  /** The offset of the first line that starts at or after {@code pos}. */
  private long nextLineStart(FileChannel ch, long pos, ByteBuffer buf) throws IOException {
    if (pos == 0) {
      return 0;
    }
    buf.clear();
    int n = ch.read(buf, pos - 1);
    for (int i = 0; i < n; i++) {
      if (buf.get(i) == '\n') {
        return pos + i;
      }
    }
    if (n < buf.capacity()) {
      return ch.size();
    }
    throw malformed(pos);
  }

  private Line readLine(FileChannel ch, long start, ByteBuffer buf) throws IOException {
    buf.clear();
    int n = ch.read(buf, start);
    int end = 0;
    while (end < n && buf.get(end) != '\n') {
      end++;
    }
    if (end == n && n == buf.capacity() || end < HASH + 2 || buf.get(HASH) != ':') {
      throw malformed(start);
    }
    byte[] hash = new byte[HASH];
    for (int i = 0; i < HASH; i++) {
      byte b = buf.get(i);
      if (Character.digit(b, 16) < 0) {
        throw malformed(start);
      }
      hash[i] = b >= 'a' && b <= 'f' ? (byte) (b - 32) : b;
    }
    long count = 0;
    int i = HASH + 1;
    for (; i < end && buf.get(i) != '\r'; i++) {
      int d = buf.get(i) - '0';
      if (d < 0 || d > 9 || count > Long.MAX_VALUE / 10) {
        throw malformed(start);
      }
      count = count * 10 + d;
    }
    return new Line(hash, count, start + end + 1);
  }

  private static int compare(byte[] a, byte[] b) {
    return java.util.Arrays.compare(a, b);
  }

  private IOException malformed(long offset) {
    return new IOException(file + ": not a Pwned Passwords SHA-1 file (expected HASH:COUNT lines, byte " + offset
        + ")");
  }
}
