package org.sextortionshield.core.hostile;

import static org.sextortionshield.core.hostile.Mime.SCAM;
import static org.sextortionshield.core.hostile.Mime.ascii;
import static org.sextortionshield.core.hostile.Mime.headers;
import static org.sextortionshield.core.hostile.Mime.line;
import static org.sextortionshield.core.hostile.Mime.repeat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile messages of issue 8, generated rather than stored: huge, deep, many-parted, badly encoded, and
 * decompression bombs, plus worst cases for each text scanner. Every one must get a verdict (or a one-line error)
 * quickly and in little memory; {@link HostileInputCheck} measures that, {@code HostileInputTest} checks the verdicts.
 */
public final class HostileInputs {
  static final int MB = 1 << 20;

  private HostileInputs() {}

  public static List<HostileInput> all() {
    List<HostileInput> all = new ArrayList<>();
    all.add(new HostileInput("message-50mb-text", "50 MB message: one text part of 50 MB", out -> {
      headers(out, "50 MB of text", "text/plain; charset=utf-8");
      ascii(out, SCAM);
      repeat(out, Mime.filler(MB, true), 50L * MB);
    }));
    all.add(new HostileInput("message-50mb-attachment", "50 MB message: a scam and a 50 MB base64 attachment",
        out -> {
          headers(out, "50 MB attachment", "multipart/mixed; boundary=\"b\"");
          part(out, "b", "text/plain; charset=utf-8", SCAM);
          line(out, "--b");
          line(out, "Content-Type: application/octet-stream; name=\"big.bin\"");
          line(out, "Content-Transfer-Encoding: base64");
          line(out, "");
          try (OutputStream b64 = Mime.base64(out)) {
            repeat(b64, Mime.filler(MB, false), 37L * MB + 512 * 1024); // 50 MB once encoded
          }
          line(out, "--b--");
        }));
    all.add(new HostileInput("parts-10000", "10,000 MIME parts", out -> {
      headers(out, "ten thousand parts", "multipart/mixed; boundary=\"p\"");
      part(out, "p", "text/plain; charset=utf-8", SCAM);
      for (int i = 1; i < 10_000; i++) {
        part(out, "p", "text/plain; charset=utf-8", "part " + i + "\r\n");
      }
      line(out, "--p--");
    }));
    all.add(new HostileInput("parts-60mb-then-scam", "60 MB of empty MIME parts, then the scam", out -> {
      headers(out, "many parts first", "multipart/mixed; boundary=\"p\"");
      repeat(out, "--p\r\n\r\n.\r\n".getBytes(StandardCharsets.US_ASCII), 60L * MB);
      part(out, "p", "text/plain; charset=utf-8", SCAM);
      line(out, "--p--");
    }));
    all.add(new HostileInput("nesting-1000-multiparts", "multiparts nested 1,000 deep", out -> {
      headers(out, "deep multiparts", null);
      for (int i = 0; i < 1000; i++) {
        line(out, "Content-Type: multipart/mixed; boundary=\"n" + i + "\"");
        line(out, "");
        line(out, "--n" + i);
      }
      line(out, "Content-Type: text/plain");
      line(out, "");
      ascii(out, SCAM);
      for (int i = 999; i >= 0; i--) {
        line(out, "--n" + i + "--");
      }
    }));
    all.add(new HostileInput("nesting-1000-messages", "forwarded messages nested 1,000 deep", out -> {
      headers(out, "deep forwards", null);
      for (int i = 0; i < 1000; i++) {
        line(out, "Content-Type: message/rfc822");
        line(out, "");
        line(out, "From: level" + i + "@sender.example");
        line(out, "Subject: Fwd: level " + i);
      }
      line(out, "Content-Type: text/plain");
      line(out, "");
      ascii(out, SCAM);
    }));
    all.add(new HostileInput("nesting-base64-messages", "base64-encoded forwarded messages nested 30 deep",
        out -> nestedBase64(out, 30)));
    all.add(new HostileInput("line-5mb-body", "a 5 MB line of text", out -> {
      headers(out, "one long line", "text/plain; charset=utf-8");
      ascii(out, SCAM.strip() + " ");
      repeat(out, Mime.filler(MB, false), 5L * MB);
      line(out, "");
    }));
    all.add(new HostileInput("header-fields-2m", "2 million header fields, then the scam", out -> {
      line(out, "From: support@sender.example");
      repeat(out, "X-Pad: 1\r\n".getBytes(StandardCharsets.US_ASCII), 20L * MB);
      line(out, "Content-Type: text/plain");
      line(out, "");
      ascii(out, SCAM);
    }));
    all.add(new HostileInput("part-header-fields-2m", "2 million header fields in a MIME part, then the scam", out -> {
      headers(out, "padded part", "multipart/mixed; boundary=\"p\"");
      line(out, "--p");
      repeat(out, "X-Pad: 1\r\n".getBytes(StandardCharsets.US_ASCII), 20L * MB);
      line(out, "Content-Type: text/plain");
      line(out, "");
      line(out, SCAM);
      line(out, "--p--");
    }));
    all.add(new HostileInput("part-field-60mb", "a 60 MB field in a MIME part's header, then the scam", out -> {
      headers(out, "padded part field", "multipart/mixed; boundary=\"p\"");
      line(out, "--p");
      ascii(out, "X-Pad: ");
      repeat(out, Mime.filler(MB, false), 60L * MB);
      line(out, "");
      line(out, "Content-Type: text/plain");
      line(out, "");
      line(out, "hello");
      line(out, "--p");
      line(out, "Content-Type: text/plain");
      line(out, "");
      line(out, SCAM);
      line(out, "--p--");
    }));
    all.add(new HostileInput("line-5mb-header", "a 5 MB Subject header", out -> {
      line(out, "From: support@sender.example");
      ascii(out, "Subject: ");
      repeat(out, Mime.filler(MB, false), 5L * MB);
      line(out, "");
      line(out, "Content-Type: text/plain");
      line(out, "");
      ascii(out, SCAM);
    }));
    all.add(new HostileInput("charsets-invalid-exotic", "invalid, unknown and exotic charsets", HostileInputs::charsets));
    all.add(new HostileInput("nul-bytes", "NUL bytes in headers, boundaries and text", out -> {
      ascii(out, "From: a\0b@sender.example\r\nTo: victim@example.org\r\nSubject: nul\0\0 bytes =?utf-8?B?AAAA?=\r\n");
      line(out, "Content-Type: multipart/mixed; boundary=\"x\0y\"");
      line(out, "");
      line(out, "--x\0y");
      line(out, "Content-Type: text/plain; charset=utf-8");
      line(out, "");
      ascii(out, SCAM.replace(" ", " \0"));
      byte[] nuls = new byte[MB];
      java.util.Arrays.fill(nuls, (byte) 0);
      out.write(nuls);
      line(out, "");
      line(out, "--x\0y--");
    }));
    all.add(new HostileInput("base64-text-40mb", "a base64 text part that decodes to 30 MB", out -> {
      headers(out, "base64 text", null);
      line(out, "Content-Type: text/plain; charset=utf-8");
      line(out, "Content-Transfer-Encoding: base64");
      line(out, "");
      try (OutputStream b64 = Mime.base64(out)) {
        b64.write(SCAM.getBytes(StandardCharsets.UTF_8));
        repeat(b64, Mime.filler(MB, true), 30L * MB);
      }
    }));
    all.add(new HostileInput("normalisation-expansion", "1 MiB of characters that NFKC expands 18-fold",
        out -> {
          headers(out, "expanding characters", "text/plain; charset=utf-8");
          ascii(out, SCAM);
          repeat(out, "\uFDFA\u3392\uFDFB ".getBytes(StandardCharsets.UTF_8), MB); // ﷺ ㎒ ﷻ
        }));
    all.add(html("html-deep-100000", "HTML nested 100,000 elements deep", "<div>", 100_000, "</div>"));
    all.add(html("html-spans-100000", "100,000 sibling spans", "<span>a</span>", 100_000, ""));
    all.add(html("html-hidden-20000", "20,000 hidden elements with inline styles",
        "<span style=\"display:none;color:#fff;font-size:0\" class=\"h\">x</span>", 20_000, ""));
    all.add(text("text-entities", "1 MiB of &#537; character references in plain text", "&#537;"));
    all.add(text("text-a-a-a", "2 Mi characters of \"a a a a\"", "a "));
    all.add(text("text-one-word", "2 Mi characters of one word", "a"));
    all.add(text("text-spelled-out", "letters spelled out one by one for 2 Mi characters", "b.i.t.c.o.i.n "));
    all.add(text("text-base58-run", "2 Mi characters of one base58 run", "1A1zP1eP5QGefi2DMPTfTL5SLmv7Div"));
    all.add(text("text-hex-run", "2 Mi characters of one hex run after 0x", "0x52908400098527886E0F7030069857D2E41"));
    all.add(text("text-bech32-run", "bc1q and 2 Mi characters of the bech32 alphabet", "bc1qw508d6qejxtdg4y5r3zarvary0c5"));
    all.add(text("text-email-tokens", "260,000 address-like tokens", "a.b@c.d "));
    all.add(text("text-spaces-digits", "2 Mi characters of spaces and digits", "1 2 34 5 "));
    all.add(text("text-amounts", "amount-like groups: $1,000,000,… for 2 Mi characters", "$1,000,000.00 "));
    all.add(text("text-deadlines", "deadline-like numbers: 48 hours 2 days … for 2 Mi characters", "48 hours 2 days "));
    all.add(text("text-phone-like", "phone-like digits for 2 Mi characters", "+44 20 7946 0958 "));
    all.add(text("text-cues", "the scam sentence repeated for 2 Mi characters", SCAM));
    all.add(text("text-combining-marks", "one letter carrying half a million combining marks", "\u0301"));
    all.add(text("text-lookalikes", "look-alike letters of several scripts for 2 Mi characters", "\u0430\u0435\u043e\u0440 "));
    all.add(text("text-defanged", "defanged-looking dots and brackets for 2 Mi characters", "hxxp[:]//a[.]b[.] "));
    all.add(attachment("zip-bomb", "a 42.zip-style nested archive (1 TiB unpacked)", "application/zip", "42.zip",
        () -> Bombs.nestedZip(4, 16, 16 * MB)));
    all.add(attachment("png-bomb", "a PNG of 20,000 x 20,000 pixels (400 MB decoded)", "image/png", "qr.png",
        () -> Bombs.png(20_000, 20_000)));
    all.add(new HostileInput("png-bombs-16", "16 PNGs of 20,000 x 20,000 pixels", new HostileInput.Source() {
      @Override
      public HostileInput.Writer prepare() throws IOException {
        byte[] png = Bombs.png(20_000, 20_000);
        return out -> {
          headers(out, "sixteen images", "multipart/mixed; boundary=\"i\"");
          part(out, "i", "text/plain", SCAM);
          for (int k = 0; k < 16; k++) {
            attachmentPart(out, "i", "image/png", "qr" + k + ".png", png);
          }
          line(out, "--i--");
        };
      }

      @Override
      public void write(OutputStream out) throws IOException {
        prepare().write(out);
      }
    }));
    all.add(attachment("pdf-text-bomb", "a PDF page drawing 20 million characters", "application/pdf",
        "invoice.pdf", () -> Bombs.pdf(1, "pay now ", 20_000_000)));
    all.add(attachment("pdf-pages-bomb", "20 PDF pages drawing 1 million characters each", "application/pdf",
        "report.pdf", () -> Bombs.pdf(20, "pay now ", 1_000_000)));
    all.add(attachment("pdf-page-tree-deep", "a PDF whose page sits 50,000 page-tree levels deep", "application/pdf",
        "deep.pdf", () -> Bombs.pdfPageTree(50_000, "pay now")));
    return all;
  }

  /** A message whose text is {@code unit} repeated over two parts of 1 MiB each (the per-message text budget). */
  private static HostileInput text(String name, String what, String unit) {
    return new HostileInput(name, what, out -> {
      headers(out, what, "multipart/mixed; boundary=\"t\"");
      byte[] block = unit.getBytes(StandardCharsets.UTF_8);
      for (int p = 0; p < 2; p++) {
        line(out, "--t");
        line(out, "Content-Type: text/plain; charset=utf-8");
        line(out, "");
        if (unit.equals("\u0301")) {
          ascii(out, "e"); // the letter that carries them
        }
        repeat(out, block, MB - 2);
        line(out, "");
      }
      line(out, "--t--");
    });
  }

  private static HostileInput html(String name, String what, String open, int times, String close) {
    return new HostileInput(name, what, out -> {
      headers(out, what, "text/html; charset=utf-8");
      ascii(out, "<html><body><p>" + SCAM + "</p>");
      byte[] o = open.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < times; i++) {
        out.write(o);
      }
      ascii(out, "deep text");
      byte[] c = close.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < times && c.length > 0; i++) {
        out.write(c);
      }
      ascii(out, "</body></html>\r\n");
    });
  }

  /** A scam with one generated attachment; the attachment is built (compressed) before the bytes are timed. */
  private static HostileInput attachment(String name, String what, String type, String file, Content content) {
    return new HostileInput(name, what, new HostileInput.Source() {
      @Override
      public HostileInput.Writer prepare() throws IOException {
        byte[] bytes = content.bytes();
        return out -> {
          headers(out, what, "multipart/mixed; boundary=\"a\"");
          part(out, "a", "text/plain; charset=utf-8", SCAM);
          attachmentPart(out, "a", type, file, bytes);
          line(out, "--a--");
        };
      }

      @Override
      public void write(OutputStream out) throws IOException {
        prepare().write(out);
      }
    });
  }

  private interface Content {
    byte[] bytes() throws IOException;
  }

  private static void part(OutputStream out, String boundary, String type, String body) throws IOException {
    line(out, "--" + boundary);
    line(out, "Content-Type: " + type);
    line(out, "");
    ascii(out, body);
  }

  private static void attachmentPart(OutputStream out, String boundary, String type, String file, byte[] bytes)
      throws IOException {
    line(out, "--" + boundary);
    line(out, "Content-Type: " + type + "; name=\"" + file + "\"");
    line(out, "Content-Disposition: attachment; filename=\"" + file + "\"");
    line(out, "Content-Transfer-Encoding: base64");
    line(out, "");
    try (OutputStream b64 = Mime.base64(out)) {
      b64.write(bytes);
    }
  }

  /** Forwarded messages inside forwarded messages, each level base64-encoded: the parser recurses per level. */
  private static void nestedBase64(OutputStream out, int levels) throws IOException {
    byte[] inner = ("From: innermost@sender.example\r\nSubject: the original\r\nContent-Type: text/plain\r\n\r\n"
        + SCAM).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < levels; i++) {
      java.io.ByteArrayOutputStream wrapped = new java.io.ByteArrayOutputStream();
      if (i == levels - 1) {
        headers(wrapped, "nested base64 forwards", null);
      } else {
        line(wrapped, "From: level" + i + "@sender.example");
        line(wrapped, "Subject: Fwd: level " + i);
      }
      line(wrapped, "Content-Type: message/rfc822");
      line(wrapped, "Content-Transfer-Encoding: base64");
      line(wrapped, "");
      wrapped.write(java.util.Base64.getMimeEncoder().encode(inner));
      line(wrapped, "");
      inner = wrapped.toByteArray();
    }
    out.write(inner);
  }

  /** Parts in charsets that do not exist, lie, or are exotic; header words in unknown charsets. */
  private static void charsets(OutputStream out) throws IOException {
    line(out, "From: =?x-unknown?B?AAEC?= <a@sender.example>");
    line(out, "To: victim@example.org");
    line(out, "Subject: =?utf-7?Q?+AGEAYgBj-?= =?iso-2022-jp?B?GyRCJCIbKEI=?= =?bogus?Q?=FF=FE?= =?utf-8?B?////?=");
    line(out, "MIME-Version: 1.0");
    line(out, "Content-Type: multipart/mixed; boundary=\"c\"");
    line(out, "");
    String[] names = {"x-unknown", "utf-7", "utf-16", "utf-32", "iso-2022-jp", "shift_jis", "gb18030", "ibm1047",
        "x-utf-16le-bom", "\"", "utf-8\"; x=\"", "a".repeat(1000), "", "us-ascii", "koi8-u", "x-iscii91",
        "x-mac-cyrillic", "utf-8", "iso-8859-1", "cesu-8", "x-euc-jp-linux", "jis_x0212-1990"};
    byte[] garbage = new byte[64 * 1024];
    long seed = 7;
    for (int i = 0; i < garbage.length; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      garbage[i] = (byte) (seed >>> 56);
    }
    for (String name : names) {
      line(out, "--c");
      line(out, "Content-Type: text/plain; charset=" + name);
      line(out, "");
      ascii(out, SCAM);
      out.write(garbage);
      line(out, "");
    }
    line(out, "--c--");
  }
}
