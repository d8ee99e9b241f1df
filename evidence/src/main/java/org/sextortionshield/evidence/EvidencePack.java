package org.sextortionshield.evidence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence pack of one message, written to a folder or a ZIP file:
 *
 * <ul>
 *   <li>{@code original.eml} — the message byte for byte, and {@code original.eml.sha256} (sha256sum format);</li>
 *   <li>{@code report.pdf} — one page for the police;</li>
 *   <li>{@code headers.txt} — the readable header trail; {@code timeline.txt} — the timeline;</li>
 *   <li>{@code evidence.json}, {@code stix-bundle.json} (STIX 2.1), {@code summary.csv} — for machines.</li>
 * </ul>
 *
 * An existing pack is never overwritten: a folder must be new or empty, a ZIP file must not exist.
 */
public final class EvidencePack {
  private EvidencePack() {}

  /** The files of the pack, name to content, in the order they are written. */
  public static Map<String, byte[]> contents(CaseFile c) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("original.eml", c.original());
    files.put("original.eml.sha256", utf8(c.sha256() + "  original.eml\n"));
    files.put("report.pdf", PdfReport.of(c));
    files.put("headers.txt", utf8(HeaderReport.of(c)));
    files.put("timeline.txt", utf8(timeline(c)));
    files.put("evidence.json", utf8(EvidenceJson.of(c)));
    ObjectNode stix = StixBundle.of(c);
    c.clean(stix, StixBundle.CODES);
    files.put("stix-bundle.json", utf8(stix.toPrettyString() + "\n"));
    files.put("summary.csv", utf8(SummaryCsv.of(c)));
    return files;
  }

  /**
   * Writes the pack to {@code out}: a ZIP file when the name ends in ".zip", a folder otherwise.
   *
   * @return what was written, name to content
   */
  public static Map<String, byte[]> write(CaseFile c, Path out) throws IOException {
    Map<String, byte[]> files = contents(c);
    String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip")) {
      writeZip(files, out, FileTime.from(c.analysedAt()));
    } else {
      writeFolder(files, out);
    }
    return files;
  }

  private static void writeFolder(Map<String, byte[]> files, Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new IOException(dir + ": exists and is not a folder");
      }
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(dir + ": folder is not empty (an evidence pack is never overwritten)");
        }
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue(), StandardOpenOption.CREATE_NEW);
    }
  }

  private static void writeZip(Map<String, byte[]> files, Path zip, FileTime time) throws IOException {
    if (Files.exists(zip)) {
      throw new FileAlreadyExistsException(zip + ": exists (an evidence pack is never overwritten)");
    }
    Path parent = zip.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".evidence-", ".zip.part");
    try {
      try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(os)) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          ZipEntry e = new ZipEntry(f.getKey());
          e.setLastModifiedTime(time);
          z.putNextEntry(e);
          z.write(f.getValue());
          z.closeEntry();
        }
      }
      Files.move(tmp, zip, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String timeline(CaseFile c) {
    StringBuilder out = new StringBuilder("Timeline of " + c.name() + " (times with the offset each was recorded in)"
        + "\n\n");
    for (TimelineEvent e : c.timeline()) {
      out.append(CaseFile.READABLE.format(e.when())).append("  ").append(e.what()).append("  [").append(e.source())
          .append("]\n");
    }
    return c.clean(out.toString());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
