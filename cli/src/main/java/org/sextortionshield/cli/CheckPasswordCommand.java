package org.sextortionshield.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sextortionshield.core.advice.Advice;
import org.sextortionshield.core.advice.AdviceBook;
import org.sextortionshield.core.advice.Situation;
import org.sextortionshield.core.password.BreachedPasswords;
import org.sextortionshield.core.password.PasswordHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shield check-password}: how often a password appears in known breaches, and what to do. The password is
 * read from the terminal without echo (never from the command line, where other users and shell history see it),
 * or from standard input with {@code --stdin}; it is hashed at once and never printed, logged or stored.
 */
@Command(name = "check-password", mixinStandardHelpOptions = true,
    description = {"Checks whether a password appears in known data breaches (Have I Been Pwned's Pwned Passwords).",
        "The password is asked for without echo; only the first 5 characters of its SHA-1 hash leave the machine.",
        "Exit status: 0 not found, 1 found in breaches, 2 error."})
final class CheckPasswordCommand implements Callable<Integer> {
  private static final int MAX_PASSWORD = 1024;

  @Option(names = "--stdin", description = "Read the password from the first line of standard input (for scripts; "
      + "never put a password on the command line).")
  boolean stdin;

  @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
      description = "Language of the guidance (en, de). Default: ${DEFAULT-VALUE}.")
  String language;

  @Mixin
  BreachOptions breaches = new BreachOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!AdviceBook.hasLanguage(language)) {
      err.println("shield: check-password: no guidance in language '" + language + "' (have: "
          + String.join(", ", AdviceBook.languages()) + ")");
      return ShieldCommand.USAGE;
    }
    BreachedPasswords lookup = breaches.lookup();
    char[] password = stdin ? firstLine(System.in) : fromConsole();
    if (password == null) {
      err.println("shield: check-password: no terminal to ask for the password without echo; pipe it in with "
          + "--stdin");
      return ShieldCommand.USAGE;
    }
    PasswordHash hash;
    try {
      if (password.length == 0) {
        err.println("shield: check-password: empty password");
        return ShieldCommand.USAGE;
      }
      hash = PasswordHash.of(password);
    } finally {
      Arrays.fill(password, '\0');
    }
    long seen;
    try {
      seen = lookup.timesSeen(hash);
    } catch (IOException e) {
      err.println("shield: check-password: " + BatchScanner.oneLine(e.getMessage()));
      return ShieldCommand.USAGE;
    }
    String count = NumberFormat.getIntegerInstance(Locale.ROOT).format(seen);
    out.println(seen > 0 ? "Found " + count + " times in known data breaches." : "Not found in known data breaches.");
    out.println(BreachOptions.disclosure(lookup));
    Situation situation = Situation.of(Situation.PASSWORD_CHECK,
        seen > 0 ? Situation.PASSWORD_BREACHED : Situation.PASSWORD_NOT_BREACHED).withValue(Situation.COUNT, count);
    List<Advice> advice = AdviceBook.forLanguage(language).select(situation);
    TextReport.whatToDo(out, advice);
    out.flush();
    return seen > 0 ? ShieldCommand.FOUND : ShieldCommand.CLEAN;
  }

  private static char[] fromConsole() {
    Console console = System.console();
    return console == null ? null : console.readPassword("Password (not shown): ");
  }

  /** The first line of {@code in}, without its line end, read byte by byte so nothing is buffered beyond it. */
  static char[] firstLine(InputStream in) throws IOException {
    byte[] bytes = new byte[MAX_PASSWORD * 4];
    int n = 0;
    int b;
    try {
      while ((b = in.read()) >= 0 && b != '\n') {
        if (n == bytes.length) {
          throw new IOException("the password is longer than " + MAX_PASSWORD + " characters");
        }
        bytes[n++] = (byte) b;
      }
      if (n > 0 && bytes[n - 1] == '\r') {
        n--;
      }
      java.nio.CharBuffer chars = java.nio.charset.StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes, 0, n));
      char[] out = new char[chars.remaining()];
      chars.get(out);
      if (chars.hasArray()) {
        Arrays.fill(chars.array(), '\0');
      }
      return out;
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
