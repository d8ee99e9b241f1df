package org.sextortionshield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.verdict.Verdict;
import org.sextortionshield.evidence.CaseFile;
import org.sextortionshield.evidence.EvidencePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield evidence FILE --out DIR|ZIP}: the evidence pack of one message, for the police. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = {"Writes an evidence pack for one message: the original byte for byte with its SHA-256, a one-page "
        + "PDF report for the police, the header trail, a timeline, evidence.json, a STIX 2.1 bundle and a CSV line.",
        "Exit status: 0 no extortion found (the pack is still written), 1 extortion found, 2 error."})
final class EvidenceCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "FILE", description = "One message (.eml), or - for standard input.")
  String file;

  @Option(names = "--out", required = true, paramLabel = "DIR|ZIP",
      description = "A new or empty folder, or a file ending in .zip; an existing pack is never overwritten.")
  Path out;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    byte[] original;
    try {
      original = read(file);
    } catch (IOException e) {
      err.println("shield: " + file + ": " + BatchScanner.oneLine(e.getMessage()));
      return ShieldCommand.USAGE;
    }
    if (original.length == 0) {
      err.println("shield: " + file + ": empty");
      return ShieldCommand.USAGE;
    }
    Shield shield = engine.shield(err);
    Verdict verdict;
    CaseFile caseFile;
    try {
      ParsedMessage message = new MailParser(Limits.defaults()).parse(original);
      verdict = shield.scan(message);
      caseFile = CaseFile.of(file, original, message, verdict, HeaderTrail.of(message, engine.trustedAuthservIds()), Instant.now());
    } catch (IOException e) {
      err.println("shield: " + file + ": cannot read: " + BatchScanner.oneLine(e.getMessage()));
      return ShieldCommand.USAGE;
    }
    Map<String, byte[]> contents;
    try {
      contents = EvidencePack.write(caseFile, out);
    } catch (IOException e) {
      err.println("shield: " + BatchScanner.oneLine(e.getMessage()));
      return ShieldCommand.USAGE;
    }
    stdout.println("Evidence pack for " + file + " written to " + out);
    stdout.printf(Locale.ROOT, "  Verdict: %s (score %.2f)%n", TextReport.headline(verdict.category()),
        verdict.score());
    stdout.println("  SHA-256 of the original: " + caseFile.sha256());
    contents.forEach((name, bytes) -> stdout.printf(Locale.ROOT, "  %-20s %,d bytes%n", name, bytes.length));
    stdout.println("  Give report.pdf and original.eml to the police; fill in the fields marked "
        + "\"to be filled in by you\".");
    stdout.flush();
    return verdict.isClean() ? ShieldCommand.CLEAN : ShieldCommand.FOUND;
  }

  /** The whole message; a message above the size limit is refused, since the pack must hold it whole. */
  private static byte[] read(String name) throws IOException {
    long max = Limits.defaults().maxMessageBytes();
    try (InputStream in = name.equals("-") ? System.in : Files.newInputStream(Path.of(name))) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new IOException("larger than " + max + " bytes: too large for an evidence pack");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new IOException("no such file");
    }
  }
}
