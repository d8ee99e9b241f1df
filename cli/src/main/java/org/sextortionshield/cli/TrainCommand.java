package org.sextortionshield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.sextortionshield.training.Training;
import org.sextortionshield.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shield train}: trains the model from a labelled corpus and writes it with its report. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Trains the sextortion model on a labelled corpus (DIR/manifest.tsv), measures it by grouped "
        + "cross-validation, and writes the model file and a training report beside it.",
        "Deterministic: the same corpus gives the same model file, byte for byte."})
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus directory with manifest.tsv.")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write (.txt.gz).")
  Path out;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Training report to write. Default: beside the model, named <model>-report.md.")
  Path report;

  @Option(names = "--threads", paramLabel = "N", description = "Threads. Default: number of CPUs.")
  Integer threads;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isRegularFile(corpus.resolve("manifest.tsv"))) {
      throw new IOException(corpus + ": no manifest.tsv");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    String command = "shield train --corpus " + corpus + " --out " + out;
    Training.Result result = new Training(TrainingConfig.defaults(), n).run(corpus, command, today());
    Path reportFile = report != null ? report : defaultReport(out);
    write(out, result.model());
    write(reportFile, result.report().getBytes(StandardCharsets.UTF_8));
    result.comparison().print(stdout);
    stdout.printf("%nModel: %s (%,d bytes)%nReport: %s%n", out, result.model().length, reportFile);
    stdout.flush();
    return ShieldCommand.CLEAN;
  }

  static Path defaultReport(Path model) {
    String name = model.getFileName().toString();
    for (String ext : new String[] {".txt.gz", ".gz", ".txt"}) {
      if (name.endsWith(ext)) {
        name = name.substring(0, name.length() - ext.length());
        break;
      }
    }
    return model.resolveSibling(name + "-report.md");
  }

  /** Written whole or not at all: a crash mid-write must not leave a truncated model where the engine looks. */
  private static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".shield-", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the default permissions stay
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The report's date: SOURCE_DATE_EPOCH when set (reproducible builds), else today, in UTC. */
  private static String today() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    Instant now = epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch)) : Instant.now();
    return LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
  }
}
