package org.sextortionshield.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shield}: recognise sextortion and other extortion mail, explain why, and say what to do. */
@Command(name = "shield", mixinStandardHelpOptions = true, version = "Sextortion Shield 0.1.0",
    description = "Recognises sextortion and other extortion e-mail, explains every verdict and tells the recipient "
        + "what to do.",
    subcommands = {ScanCommand.class, ExplainCommand.class, EvalCommand.class, TrainCommand.class,
        CheckPasswordCommand.class, EvidenceCommand.class, MilterCommand.class, MilterLoadCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class ShieldCommand implements Runnable {
  /** Exit status: nothing found. */
  static final int CLEAN = 0;
  /** Exit status: something found. */
  static final int FOUND = 1;
  /** Exit status: usage error, or nothing readable. */
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Kept: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
  private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  public static void main(String[] args) {
    // PDFBox reports font substitutions and cache builds as warnings; the user has nothing to do about them.
    PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line; usage errors and failures become one line on {@code err}, never a stack trace. */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ShieldCommand());
    MilterCommand.addSettingOptions(cli.getSubcommands().get("milter").getCommandSpec());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("shield: " + ex.getMessage());
      err.println("Try 'shield " + ex.getCommandLine().getCommandName() + " --help'.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      err.println("shield: " + BatchScanner.oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      return USAGE;
    });
    return cli.execute(args);
  }
}
