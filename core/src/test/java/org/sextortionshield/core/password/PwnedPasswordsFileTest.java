package org.sextortionshield.core.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline lookup over a generated file sorted like the real download. */
class PwnedPasswordsFileTest {
  @TempDir
  Path dir;

  /** Writes {@code n} random hashes plus the given passwords, sorted, as HASH:COUNT lines. */
  private Path generate(int n, String lineEnd, List<String> passwords) throws IOException {
    TreeMap<String, Long> lines = new TreeMap<>();
    Random random = new Random(7);
    for (int i = 0; i < n; i++) {
      lines.put(String.format("%040X", new java.math.BigInteger(160, random)), 1L + random.nextInt(100_000));
    }
    for (int i = 0; i < passwords.size(); i++) {
      lines.put(PasswordHash.of(passwords.get(i)).hex(), 1000L * (i + 1));
    }
    Path file = dir.resolve("pwned-" + n + ".txt");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (var e : lines.entrySet()) {
        w.write(e.getKey() + ":" + e.getValue() + lineEnd);
      }
    }
    return file;
  }

  @Test
  void findsEveryListedPasswordAndNoOther() throws IOException {
    List<String> passwords = List.of("password", "tulip-1987", "letmein", "Summer2024!");
    Path file = generate(50_000, "\r\n", passwords);
    PwnedPasswordsFile lookup = new PwnedPasswordsFile(file);
    for (int i = 0; i < passwords.size(); i++) {
      assertThat(lookup.timesSeen(PasswordHash.of(passwords.get(i)))).isEqualTo(1000L * (i + 1));
    }
    assertThat(lookup.timesSeen(PasswordHash.of("not listed 91c"))).isZero();
  }

  @Test
  void findsTheFirstAndLastLinesAndEveryLineOfASample() throws IOException {
    Path file = generate(20_000, "\n", List.of());
    List<String> all = Files.readAllLines(file);
    PwnedPasswordsFile lookup = new PwnedPasswordsFile(file);
    List<String> sample = new ArrayList<>(List.of(all.get(0), all.get(all.size() - 1)));
    for (int i = 1; i < all.size(); i += 997) {
      sample.add(all.get(i));
    }
    for (String line : sample) {
      String[] hc = line.split(":");
      assertThat(lookup.timesSeen(PasswordHash.ofHex(hc[0].toLowerCase(java.util.Locale.ROOT))))
          .as(line).isEqualTo(Long.parseLong(hc[1]));
    }
    assertThat(lookup.timesSeen(PasswordHash.ofHex("0".repeat(40)))).isZero();
    assertThat(lookup.timesSeen(PasswordHash.ofHex("F".repeat(40)))).isZero();
  }

  @Test
  void smallAndEmptyFilesWork() throws IOException {
    Path one = dir.resolve("one.txt");
    Files.writeString(one, PasswordHash.of("x1y2").hex() + ":5");
    assertThat(new PwnedPasswordsFile(one).timesSeen(PasswordHash.of("x1y2"))).isEqualTo(5);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertThat(new PwnedPasswordsFile(empty).timesSeen(PasswordHash.of("x1y2"))).isZero();
  }

  @Test
  void aFileOfAnotherKindIsOneClearError() throws IOException {
    Path other = dir.resolve("notes.txt");
    Files.writeString(other, "this is not a list of hashes\n".repeat(1000));
    assertThatThrownBy(() -> new PwnedPasswordsFile(other).timesSeen(PasswordHash.of("abc1")))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Pwned Passwords SHA-1 file");
    assertThatThrownBy(() -> new PwnedPasswordsFile(dir.resolve("missing.txt")).timesSeen(PasswordHash.of("abc1")))
        .isInstanceOf(IOException.class).hasMessageContaining("no such file");
  }
}
