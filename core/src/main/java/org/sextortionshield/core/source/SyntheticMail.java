package org.sextortionshield.core.source;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sextortionshield.core.data.DataFile;

/**
 * Made-up mail for benchmarks and load tests, generated on demand from an index (nothing is stored, so any number
 * of messages can be streamed in constant memory) and different for every index: names, amounts, wallets, numbers
 * and the choice of sentences vary. The sentences are in {@code synthetic-mail.txt}, written for it, not real mail.
 */
public final class SyntheticMail {
  /** The shapes of mail a benchmark should cover. */
  public enum Kind {
    /** A short plain-text clean message. */
    PLAIN,
    /** A plain-text sextortion message. */
    SCAM,
    /** An HTML-only newsletter: tables, styles, links. */
    HTML,
    /** multipart/mixed: a text and HTML alternative of a scam, a PDF-like attachment and a small CSV. */
    MULTIPART,
    /** A clean plain-text message of about half a megabyte. */
    LARGE
  }

  /** The mix {@link #typical} cycles through: mostly clean mail, some scams, some HTML and attachments. */
  private static final Kind[] TYPICAL = {Kind.PLAIN, Kind.HTML, Kind.SCAM, Kind.PLAIN, Kind.MULTIPART};
  private static final String[] WALLETS = {"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
      "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"};
  private static final int LARGE_BYTES = 512 * 1024;
  private static final int ATTACHMENT_BYTES = 24 * 1024;

  private final Map<String, List<String>> sections;

  private SyntheticMail(DataFile file) {
    this.sections = file.sections().stream().collect(Collectors.toMap(DataFile.Section::name,
        s -> s.lines().stream().map(DataFile.Line::text).toList()));
  }

  /** The generator over the shipped sentences. */
  public static SyntheticMail load() {
    return new SyntheticMail(DataFile.resource("org/sextortionshield/core/source/synthetic-mail.txt"));
  }

  /** Message {@code index} of the typical mix (no {@link Kind#LARGE}). */
  public byte[] typical(long index) {
    return message(TYPICAL[(int) (index % TYPICAL.length)], index);
  }

  /** Message {@code index} of one kind, always the same bytes for the same kind and index. */
  public byte[] message(Kind kind, long index) {
    SplittableRandom random = new SplittableRandom(index * 31 + kind.ordinal());
    Function<String, String> fill = line -> fill(line, random, index);
    boolean scam = kind == Kind.SCAM || kind == Kind.MULTIPART;
    String subject = fill.apply(pick(scam ? "scam-subjects" : "clean-subjects", random));
    String name = pick("names", random);
    StringBuilder m = new StringBuilder(kind == Kind.LARGE ? LARGE_BYTES + 4096 : 4096);
    m.append("From: ").append(pick("names", random)).append(" <sender").append(index).append("@example.net>\n")
        .append("To: ").append(name).append(" <").append(name).append("@example.org>\n")
        .append("Subject: ").append(subject).append('\n')
        .append("Date: Tue, 12 Mar 2024 10:").append(10 + index % 50).append(":00 +0100\n")
        .append("Message-ID: <").append(index).append('.').append(kind.name().toLowerCase()).append("@example.net>\n")
        .append("MIME-Version: 1.0\n");
    switch (kind) {
      case PLAIN -> plain(m, paragraphs("clean", 6, fill, random));
      case SCAM -> plain(m, scam(fill));
      case LARGE -> plain(m, large(fill, random));
      case HTML -> part(m, "text/html", html(paragraphs("clean", 8, fill, random)));
      case MULTIPART -> multipart(m, scam(fill), random, index);
    }
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void plain(StringBuilder m, String text) {
    part(m, "text/plain", text);
  }

  private static void part(StringBuilder m, String type, String text) {
    m.append("Content-Type: ").append(type).append("; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
        .append(text).append('\n');
  }

  private static void multipart(StringBuilder m, String text, SplittableRandom random, long index) {
    String outer = "outer-" + index;
    String inner = "inner-" + index;
    m.append("Content-Type: multipart/mixed; boundary=\"").append(outer).append("\"\n\n");
    m.append("--").append(outer).append("\nContent-Type: multipart/alternative; boundary=\"").append(inner)
        .append("\"\n\n--").append(inner).append('\n');
    part(m, "text/plain", text);
    m.append("--").append(inner).append('\n');
    part(m, "text/html", html(text));
    m.append("--").append(inner).append("--\n--").append(outer).append('\n')
        .append("Content-Type: application/octet-stream; name=\"scan").append(index).append(".bin\"\n")
        .append("Content-Disposition: attachment; filename=\"scan").append(index).append(".bin\"\n")
        .append("Content-Transfer-Encoding: base64\n\n");
    byte[] blob = new byte[ATTACHMENT_BYTES];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) random.nextInt(256);
    }
    m.append(Base64.getMimeEncoder().encodeToString(blob)).append("\n--").append(outer).append('\n')
        .append("Content-Type: text/csv; charset=utf-8\nContent-Disposition: attachment; filename=\"list.csv\"\n\n");
    for (int row = 0; row < 20; row++) {
      m.append(row).append(';').append(random.nextInt(100_000)).append(";item ").append(row).append('\n');
    }
    m.append("--").append(outer).append("--\n");
  }

  private static String html(String text) {
    StringBuilder h = new StringBuilder("<html><head><style>p { margin: 0 0 1em 0 } .foot { color: #888 }</style>"
        + "</head><body><table width=\"600\"><tr><td>");
    for (String paragraph : text.split("\n\n")) {
      h.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    return h.append("</td></tr></table><p class=\"foot\"><a href=\"https://news.example.org/unsubscribe\">"
        + "Unsubscribe</a> | <a href=\"https://news.example.org/privacy\">Privacy</a></p></body></html>").toString();
  }

  private String large(Function<String, String> fill, SplittableRandom random) {
    StringBuilder b = new StringBuilder(LARGE_BYTES + 1024);
    while (b.length() < LARGE_BYTES) {
      b.append(paragraphs("clean", 10, fill, random)).append("\n\n");
    }
    return b.toString();
  }

  /** The whole scam, in order: a sextortion mail needs its threat, its demand and its deadline. */
  private String scam(Function<String, String> fill) {
    StringBuilder b = new StringBuilder();
    List<String> lines = sections.get("scam");
    for (int i = 0; i < lines.size(); i++) {
      b.append(fill.apply(lines.get(i))).append(i % 3 == 2 ? "\n\n" : " ");
    }
    return b.toString().strip();
  }

  /** {@code count} sentences of a section, a few to a paragraph. */
  private String paragraphs(String section, int count, Function<String, String> fill, SplittableRandom random) {
    List<String> lines = sections.get(section);
    StringBuilder b = new StringBuilder();
    int start = random.nextInt(lines.size());
    for (int i = 0; i < count; i++) {
      b.append(fill.apply(lines.get((start + i) % lines.size())));
      b.append(i % 3 == 2 ? "\n\n" : " ");
    }
    return b.toString().strip();
  }

  private String pick(String section, SplittableRandom random) {
    List<String> lines = sections.get(section);
    return lines.get(random.nextInt(lines.size()));
  }

  private String fill(String line, SplittableRandom random, long index) {
    if (line.indexOf('{') < 0) {
      return line;
    }
    return line.replace("{name}", pick("names", random))
        .replace("{amount}", "$" + (500 + random.nextInt(2000)))
        .replace("{wallet}", WALLETS[random.nextInt(WALLETS.length)])
        .replace("{hours}", String.valueOf(24 + random.nextInt(3) * 24))
        .replace("{number}", String.valueOf(100_000 + index))
        .replace("{link}", "https://track.example.com/p/" + index);
  }
}
