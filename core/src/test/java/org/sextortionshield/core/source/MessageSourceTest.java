package org.sextortionshield.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextortionshield.core.Fixtures;

class MessageSourceTest {
  @TempDir
  Path dir;

  /** Names and contents (or "ERROR: reason") in visiting order. */
  private static List<String> walk(InputStream stdin, String... inputs) {
    List<String> seen = new ArrayList<>();
    new MessageSource(1 << 20, stdin).walk(List.of(inputs), new MessageVisitor() {
      @Override
      public void message(String name, Opener opener) {
        try (InputStream in = opener.open()) {
          seen.add(name + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8).length());
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }

      @Override
      public void error(String name, String problem) {
        seen.add(name + " ERROR: " + problem);
      }
    });
    return seen;
  }

  @Test
  void splitsAnMboxIntoNumberedMembersAndUnquotesFromLines() throws IOException {
    Path mbox = dir.resolve("box.mbox");
    Files.write(mbox, Fixtures.bytes("three.mbox"));
    List<String> seen = new ArrayList<>();
    new MessageSource(1 << 20, InputStream.nullInputStream()).walk(List.of(mbox.toString()), new MessageVisitor() {
      @Override
      public void message(String name, Opener opener) {
        try (InputStream in = opener.open()) {
          seen.add(name + "|" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }

      @Override
      public void error(String name, String problem) {
        seen.add("ERROR " + problem);
      }
    });
    assertThat(seen).hasSize(3);
    assertThat(seen.get(0)).startsWith(mbox + "#1|From: a@example.org").contains("\nFrom the archive: this line");
    assertThat(seen.get(1)).startsWith(mbox + "#2|From: b@example.org");
    assertThat(seen.get(2)).startsWith(mbox + "#3|").contains("Lunch tomorrow?");
  }

  @Test
  void walksDirectoriesRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/sub"));
    Files.writeString(dir.resolve("a.eml"), "Subject: a\n\nA");
    Files.writeString(dir.resolve("b/sub/c.eml"), "Subject: c\n\nC");
    Files.writeString(dir.resolve(".hidden"), "x");
    assertThat(walk(InputStream.nullInputStream(), dir.toString())).containsExactly(
        dir.resolve("a.eml") + " 13", dir.resolve("b/sub/c.eml") + " 13");
  }

  @Test
  void readsMaildirNewAndCurButNotTmp() throws IOException {
    for (String sub : List.of("cur", "new", "tmp")) {
      Files.createDirectories(dir.resolve(sub));
      Files.writeString(dir.resolve(sub).resolve("1." + sub), "Subject: " + sub + "\n\nx");
    }
    assertThat(walk(InputStream.nullInputStream(), dir.toString())).containsExactly(dir + "#1 15", dir + "#2 15");
  }

  @Test
  void reportsBadInputsInOneLineAndGoesOn() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.eml"));
    Path binary = dir.resolve("image.eml");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2});
    Path good = dir.resolve("good.eml");
    Files.writeString(good, "Subject: ok\n\nfine");
    List<String> seen = walk(InputStream.nullInputStream(), empty.toString(), binary.toString(),
        dir.resolve("missing.eml").toString(), good.toString());
    assertThat(seen).containsExactly(empty + " ERROR: empty file",
        binary + " ERROR: binary data, not an e-mail message",
        dir.resolve("missing.eml") + " ERROR: no such file or directory", good + " 17");
  }

  @Test
  void readsStandardInputAsOneMessageOrAnMbox() {
    assertThat(walk(new ByteArrayInputStream("Subject: x\n\nbody".getBytes(StandardCharsets.UTF_8)), "-"))
        .containsExactly("- 16");
    assertThat(walk(new ByteArrayInputStream(Fixtures.bytes("three.mbox")), "-")).hasSize(3)
        .first().asString().startsWith("-#1 ");
    assertThat(walk(InputStream.nullInputStream(), "-")).containsExactly("- ERROR: standard input is empty");
  }
}
