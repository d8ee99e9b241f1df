package org.sextortionshield.core.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files that are small on the wire and enormous once decompressed: archives, images, PDFs. */
final class Bombs {
  private Bombs() {}

  /**
   * A 42.zip-style archive: {@code width} archives of {@code width} archives … ({@code levels} deep) of {@code width}
   * files of {@code leafBytes} zeros each. Unpacked completely it is {@code leafBytes * width^(levels+1)} bytes.
   */
  static byte[] nestedZip(int levels, int width, int leafBytes) throws IOException {
    byte[] zeros = new byte[leafBytes];
    byte[] current = zip(width, i -> "file" + i + ".bin", zeros);
    for (int level = 1; level < levels; level++) {
      current = zip(width, i -> "archive" + i + ".zip", current);
    }
    return current;
  }

  private static byte[] zip(int entries, java.util.function.IntFunction<String> name, byte[] content)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry(name.apply(i)));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A grey PNG of {@code width} x {@code height} black pixels: a few hundred KB that decode to width*height bytes. */
  static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[width + 1]; // filter byte 0, then the pixels
    try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
      for (int y = 0; y < height; y++) {
        z.write(row);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /**
   * A PDF of {@code pages} pages that all draw one compressed content stream showing {@code drawn} characters of text
   * ({@code word} again and again): small as a file, a long night for a text extractor that reads it all.
   */
  static byte[] pdf(int pages, String word, int drawn) throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(content, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
      z.write("BT /F1 10 Tf 20 780 Td 12 TL\n".getBytes(StandardCharsets.US_ASCII));
      byte[] show = ("(" + word + ") Tj\n").getBytes(StandardCharsets.US_ASCII);
      byte[] nextLine = "T*\n".getBytes(StandardCharsets.US_ASCII);
      for (int shown = 0, i = 0; shown < drawn; shown += word.length(), i++) {
        z.write(show);
        if (i % 8 == 7) {
          z.write(nextLine);
        }
      }
      z.write("ET\n".getBytes(StandardCharsets.US_ASCII));
    }
    byte[] stream = content.toByteArray();
    StringBuilder kids = new StringBuilder();
    for (int p = 0; p < pages; p++) {
      kids.append(5 + p).append(" 0 R ");
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    object(pdf, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
    object(pdf, offsets, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
    object(pdf, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    offsets.add(pdf.size());
    pdf.write(("4 0 obj\n<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n")
        .getBytes(StandardCharsets.US_ASCII));
    pdf.write(stream);
    pdf.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    for (int p = 0; p < pages; p++) {
      object(pdf, offsets, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
          + " /Contents 4 0 R >>");
    }
    return finish(pdf, offsets);
  }

  /** A one-page PDF whose page sits under {@code depth} nested page-tree nodes (PDFBox walks them recursively). */
  static byte[] pdfPageTree(int depth, String text) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    object(pdf, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
    int page = depth + 4;
    for (int n = 2; n <= depth + 1; n++) {
      int kid = n <= depth ? n + 1 : page;
      object(pdf, offsets, "<< /Type /Pages /Kids [" + kid + " 0 R] /Count 1" + (n > 2 ? " /Parent " + (n - 1) + " 0 R" : "")
          + " >>");
    }
    object(pdf, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    String content = "BT /F1 10 Tf 20 780 Td (" + text + ") Tj ET";
    object(pdf, offsets, "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
    object(pdf, offsets, "<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
        + "/F1 " + (depth + 2) + " 0 R >> >> /Contents " + (depth + 3) + " 0 R >>");
    return finish(pdf, offsets);
  }

  /** Writes the cross-reference table and trailer of the objects written so far. */
  private static byte[] finish(ByteArrayOutputStream pdf, java.util.List<Integer> offsets) throws IOException {
    int xref = pdf.size();
    StringBuilder tail = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
    for (int o : offsets) {
      tail.append(String.format("%010d 00000 n \n", o));
    }
    tail.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    pdf.write(tail.toString().getBytes(StandardCharsets.US_ASCII));
    return pdf.toByteArray();
  }

  private static void object(ByteArrayOutputStream pdf, java.util.List<Integer> offsets, String body)
      throws IOException {
    offsets.add(pdf.size());
    pdf.write(((offsets.size()) + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
  }
}
