package org.sextortionshield.core.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;

/**
 * One hostile message, generated on the fly: {@link #open()} streams its bytes as a writer thread produces them, so
 * even the 50 MB ones are never held in memory, and nothing is stored in the repository.
 *
 * @param name a file name (without extension) for the message
 * @param what what makes it hostile, in a few words
 * @param source how to write it; {@link Source#prepare()} does the expensive part (compressing a bomb) up front
 */
public record HostileInput(String name, String what, Source source) {

  /** Writes the message; prepared once per open, before the bytes are timed. */
  public interface Source {
    default Writer prepare() throws IOException {
      return this::write;
    }

    void write(OutputStream out) throws IOException;
  }

  /** A prepared source: only writing is left. */
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** The message as a stream, produced by a daemon thread; close it to stop the producer early. */
  public InputStream open() throws IOException {
    Writer writer = source.prepare();
    PipedInputStream in = new PipedInputStream(256 * 1024);
    PipedOutputStream out = new PipedOutputStream(in);
    Thread producer = new Thread(() -> {
      try (out) {
        writer.write(out);
      } catch (IOException e) {
        // the reader closed the stream early (it read enough): nothing more to write
      }
    }, "hostile-" + name);
    producer.setDaemon(true);
    producer.start();
    return in;
  }

  /** Writes the whole message to {@code out} (not closed), for tools that need it as a file. */
  public void writeTo(OutputStream out) {
    try {
      source.prepare().write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
