package org.sextortionshield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.source.MessageSource;
import org.sextortionshield.core.source.MessageVisitor;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Scans many messages on several threads and hands the outcomes back in input order, on the calling thread. At most
 * a bounded number of messages are in flight, so a million-message mbox streams in constant memory.
 */
final class BatchScanner {
  /** A verdict, or the one-line reason there is none. */
  record Outcome(String name, Verdict verdict, String error) {
    boolean failed() {
      return verdict == null;
    }
  }

  private final Shield shield;
  private final int threads;
  private final boolean explain;

  BatchScanner(Shield shield, int threads) {
    this(shield, threads, false);
  }

  /**
   * @param explain work out every verdict's model explanation on the scanning thread (for output that prints it
   *     for every message), rather than on first use by the single thread that writes the report
   */
  BatchScanner(Shield shield, int threads, boolean explain) {
    this.shield = shield;
    this.threads = Math.max(1, threads);
    this.explain = explain;
  }

  void run(List<String> inputs, MessageSource source, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "shield-scan");
      t.setDaemon(true);
      return t;
    });
    int window = threads * 16;
    ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
    try {
      source.walk(inputs, new MessageVisitor() {
        @Override
        public void message(String name, Opener opener) {
          if (threads == 1 || name.equals("-")) {
            pending.add(CompletableFuture.completedFuture(scanOne(name, opener)));
          } else {
            pending.add(pool.submit(() -> scanOne(name, opener)));
          }
          drain(pending, sink, window);
        }

        @Override
        public void error(String name, String problem) {
          pending.add(CompletableFuture.completedFuture(new Outcome(name, null, problem)));
          drain(pending, sink, window);
        }
      });
      drain(pending, sink, 0);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void drain(ArrayDeque<Future<Outcome>> pending, Consumer<Outcome> sink, int keep) {
    while (pending.size() > keep) {
      Future<Outcome> f = pending.poll();
      try {
        sink.accept(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        sink.accept(new Outcome("?", null, "internal error: " + e.getCause()));
      }
    }
  }

  Outcome scanOne(String name, MessageVisitor.Opener opener) {
    try (InputStream in = opener.open()) {
      Verdict verdict = shield.scan(in);
      if (explain) {
        explainAll(verdict);
      }
      return new Outcome(name, verdict, null);
    } catch (IOException e) {
      return new Outcome(name, null, "cannot read: " + oneLine(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours, not the user's: still one line, and the batch goes on.
      return new Outcome(name, null, "internal error while scanning (" + e.getClass().getSimpleName() + ": "
          + oneLine(e.getMessage()) + "); please report it");
    }
  }

  /** Works out the model explanation of a verdict and of its forwards' verdicts now. */
  static void explainAll(Verdict v) {
    if (v.model() != null) {
      v.model().explained();
    }
    v.attached().forEach(BatchScanner::explainAll);
  }

  static String oneLine(String s) {
    return s == null ? "no details" : s.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
