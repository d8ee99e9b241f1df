package org.sextortionshield.cli;

import java.io.PrintWriter;

/**
 * A one-line progress report on stderr for batches, redrawn at most five times a second, shown only when stderr is
 * a terminal and would not interleave with a person-readable report on the same terminal. The {@code shield}
 * launcher tells us which streams are terminals ({@code -Dshield.stderr.tty}, {@code -Dshield.stdout.tty}).
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDraw;
  private int messages;
  private int flagged;
  private int errors;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Whether to show progress for a batch whose report is for a person ({@code text}) or a program. */
  static boolean wanted(boolean textReport) {
    boolean stderrTty = Boolean.getBoolean("shield.stderr.tty");
    boolean stdoutTty = Boolean.getBoolean("shield.stdout.tty");
    return stderrTty && !(textReport && stdoutTty);
  }

  void update(boolean isFlagged, boolean isError) {
    messages++;
    if (isFlagged) {
      flagged++;
    }
    if (isError) {
      errors++;
    }
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw > 200_000_000L) {
      lastDraw = now;
      draw();
    }
  }

  private void draw() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    err.printf("\r%,d messages  %,d flagged  %,d errors  %.0f msg/s ", messages, flagged, errors, messages / seconds);
    err.flush();
  }

  void finish() {
    if (enabled && messages > 0) {
      draw();
      err.println();
    }
  }
}
