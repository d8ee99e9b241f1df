package org.sextortionshield.milter;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Runs the engine on a fixed pool with a deadline per message. A message that is not judged in time, or whose
 * scan fails, gets a {@link ScanOutcome.Failure} instead of a verdict, so the MTA is answered either way. A scan
 * that overruns keeps its thread until it ends; the bounded queue then fills and later messages fail fast.
 */
final class BudgetedScanner implements AutoCloseable {
  private final MessageScanner engine;
  private final ThreadPoolExecutor pool;
  private final long budgetNanos;
  private final Duration budget;

  BudgetedScanner(MessageScanner engine, int threads, int queueLength, Duration budget) {
    this.engine = engine;
    this.budget = budget;
    this.budgetNanos = budget.toNanos();
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(queueLength), r -> {
          Thread t = new Thread(r, "milter-engine-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  ScanOutcome scan(InputStream message) {
    Future<Verdict> future;
    try {
      future = pool.submit(() -> engine.scan(message));
    } catch (RejectedExecutionException e) {
      return ScanOutcome.failed(ScanOutcome.Failure.OVERLOADED, "all engine threads busy and the queue full");
    }
    try {
      return ScanOutcome.of(future.get(budgetNanos, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return ScanOutcome.failed(ScanOutcome.Failure.TIMEOUT, "no verdict within " + budget.toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return ScanOutcome.failed(ScanOutcome.Failure.ENGINE_ERROR,
          cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return ScanOutcome.failed(ScanOutcome.Failure.ENGINE_ERROR, "interrupted while waiting for the engine");
    }
  }

  Duration budget() {
    return budget;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
