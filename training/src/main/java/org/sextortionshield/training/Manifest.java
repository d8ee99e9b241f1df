package org.sextortionshield.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A labelled corpus's {@code manifest.tsv}: tab-separated, a header naming at least {@code path} and {@code label}. */
public final class Manifest {
  /** The label of the class the model predicts. */
  public static final String POSITIVE = "sextortion";

  /**
   * One labelled file; {@code language} is {@code und} when the manifest has no language column, {@code source}
   * (column {@code source_repo}: where the file came from, which decides its licence) empty when it has none.
   */
  public record Entry(String path, String label, String language, String source) {
    public boolean positive() {
      return label.equals(POSITIVE);
    }
  }

  private Manifest() {}

  public static List<Entry> read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new IOException(file + " is empty");
      }
      List<String> columns = List.of(header.split("\t", -1));
      int path = columns.indexOf("path");
      int label = columns.indexOf("label");
      int language = columns.indexOf("language");
      int source = columns.indexOf("source_repo");
      if (path < 0 || label < 0) {
        throw new IOException(file + ": header must name the columns 'path' and 'label'");
      }
      String line;
      int number = 1;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length <= Math.max(path, label)) {
          throw new IOException(file + ":" + number + ": expected at least " + (Math.max(path, label) + 1)
              + " tab-separated columns");
        }
        entries.add(new Entry(f[path], f[label], language >= 0 && language < f.length ? f[language] : "und",
            source >= 0 && source < f.length ? f[source] : ""));
      }
    }
    return entries;
  }
}
