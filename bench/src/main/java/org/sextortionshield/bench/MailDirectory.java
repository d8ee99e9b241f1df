package org.sextortionshield.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The messages of a directory of real mail, read into memory in name order, for the tools that measure builds. */
final class MailDirectory {
  private MailDirectory() {}

  /** Every regular file directly in {@code dir}; an error names the directory when it is missing or empty. */
  static byte[][] read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory");
    }
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (Files.isRegularFile(f)) {
          out.add(Files.readAllBytes(f));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException(dir + ": no files");
    }
    return out.toArray(new byte[0][]);
  }
}
