package org.sextortionshield.core.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A Maildir: messages in {@code new/} and {@code cur/} (never {@code tmp/}, which holds deliveries in progress). */
final class Maildir {
  private Maildir() {}

  static boolean isMaildir(Path dir) {
    return Files.isDirectory(dir.resolve("cur")) && Files.isDirectory(dir.resolve("new"));
  }

  static void forEach(Path dir, String name, MessageVisitor visitor) {
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("new", "cur")) {
      try (Stream<Path> list = Files.list(dir.resolve(sub))) {
        list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
            .forEach(files::add);
      } catch (IOException e) {
        visitor.error(name + "/" + sub, "cannot list Maildir folder: " + MessageSource.reason(e));
      }
    }
    int index = 0;
    for (Path file : files) {
      String member = name + "#" + ++index;
      visitor.message(member, () -> new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
    }
  }
}
