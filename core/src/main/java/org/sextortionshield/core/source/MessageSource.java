package org.sextortionshield.core.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what a user names into messages: a single file ({@code .eml} or any RFC 5322 text), an mbox file, a Maildir,
 * a directory (recursively, in name order), or {@code -} for standard input. mbox members are read one at a time,
 * so a large mbox streams. Nothing here throws for a bad input: it is reported to the visitor and the walk goes on.
 */
public final class MessageSource {
  private static final int SNIFF = 8192;
  private final long maxMessageBytes;
  private final InputStream stdin;

  public MessageSource(long maxMessageBytes, InputStream stdin) {
    this.maxMessageBytes = maxMessageBytes;
    this.stdin = stdin;
  }

  public void walk(List<String> inputs, MessageVisitor visitor) {
    for (String input : inputs) {
      if (input.equals("-")) {
        stdin(visitor);
      } else {
        path(Path.of(input), input, visitor);
      }
    }
  }

  private void stdin(MessageVisitor visitor) {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      if (head.length == 0) {
        visitor.error("-", "standard input is empty");
      } else if (Mbox.looksLikeMbox(head)) {
        new Mbox(in, maxMessageBytes).forEach("-", visitor);
      } else {
        visitor.message("-", () -> in);
      }
    } catch (IOException e) {
      visitor.error("-", "cannot read standard input: " + reason(e));
    }
  }

  private void path(Path path, String name, MessageVisitor visitor) {
    if (Files.isDirectory(path)) {
      if (Maildir.isMaildir(path)) {
        Maildir.forEach(path, name, visitor);
      } else {
        directory(path, visitor);
      }
    } else if (Files.isRegularFile(path)) {
      file(path, name, visitor);
    } else if (!Files.exists(path)) {
      visitor.error(name, "no such file or directory");
    } else {
      visitor.error(name, "not a regular file or directory");
    }
  }

  private void directory(Path dir, MessageVisitor visitor) {
    List<Path> children = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.sorted().forEach(children::add);
    } catch (IOException e) {
      visitor.error(dir.toString(), "cannot list directory: " + reason(e));
      return;
    }
    for (Path child : children) {
      if (child.getFileName().toString().startsWith(".")) {
        continue; // hidden files: editor backups, .DS_Store, VCS folders
      }
      path(child, child.toString(), visitor);
    }
  }

  /** One file: an mbox (split into members) or a single message. */
  void file(Path path, String name, MessageVisitor visitor) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SNIFF);
    } catch (IOException e) {
      visitor.error(name, "cannot read: " + reason(e));
      return;
    }
    if (head.length == 0) {
      visitor.error(name, "empty file");
      return;
    }
    if (isBinary(head)) {
      visitor.error(name, "binary data, not an e-mail message");
      return;
    }
    if (Mbox.looksLikeMbox(head)) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
        new Mbox(in, maxMessageBytes).forEach(name, visitor);
      } catch (IOException e) {
        visitor.error(name, "cannot read mbox: " + reason(e));
      }
      return;
    }
    visitor.message(name, () -> new BufferedInputStream(Files.newInputStream(path), 64 * 1024));
  }

  /** NUL bytes in the first block: an image, archive or executable, not RFC 5322 text. */
  static boolean isBinary(byte[] head) {
    int nul = 0;
    for (byte b : head) {
      if (b == 0) {
        nul++;
      }
    }
    return nul > 0 && nul * 100 >= head.length;
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  static InputStream bytes(byte[] b) {
    return new ByteArrayInputStream(b);
  }
}
