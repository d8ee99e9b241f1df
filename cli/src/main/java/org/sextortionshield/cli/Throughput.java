package org.sextortionshield.cli;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

/**
 * Measures the whole pipeline over messages given by index: process CPU time (every thread of the JVM, garbage
 * collection and compilation included, not wall time), wall time, bytes, the heap's peak, and on a single thread each
 * message's own CPU time, for the median.
 */
final class Throughput {
  /** Scans one message; returns its size in bytes. */
  @FunctionalInterface
  interface Scan {
    long scan(long index) throws Exception;
  }

  /** One measured run. */
  record Run(int threads, long messages, long bytes, long wallNanos, long cpuNanos, double peakHeapMb,
      long[] perMessageCpuNanos, long allocatedBytes) {

    Map<String, Object> figures() {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("threads", threads);
      f.put("scans", messages);
      f.put("seconds", round(wallNanos / 1e9, 3));
      f.put("messages_per_second", round(messages / (wallNanos / 1e9), 1));
      f.put("mb_per_second", round(bytes / 1e6 / (wallNanos / 1e9), 2));
      f.put("cpu_ms_per_message", round(cpuNanos / 1e6 / messages, 4));
      if (perMessageCpuNanos != null) {
        long[] sorted = perMessageCpuNanos.clone();
        Arrays.sort(sorted);
        f.put("median_cpu_ms_per_message", round(percentile(sorted, 0.5) / 1e6, 4));
        f.put("p90_cpu_ms_per_message", round(percentile(sorted, 0.9) / 1e6, 4));
        f.put("p99_cpu_ms_per_message", round(percentile(sorted, 0.99) / 1e6, 4));
      }
      if (allocatedBytes >= 0) {
        f.put("allocated_kb_per_message", round(allocatedBytes / 1024.0 / messages, 1));
      }
      f.put("peak_heap_mb", round(peakHeapMb, 1));
      return f;
    }
  }

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** HotSpot's view of the threads, which counts the bytes a thread allocates (unlike CPU time, not noisy). */
  private static final com.sun.management.ThreadMXBean ALLOCATIONS =
      THREADS instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
          && t.isThreadAllocatedMemoryEnabled() ? t : null;

  private Throughput() {}

  /**
   * Scans messages {@code from} to {@code to - 1} on {@code threads} threads (the calling thread alone when 1);
   * {@code perMessage} records each message's CPU time too, and the bytes allocated (single thread only).
   */
  static Run run(Scan scan, long from, long to, int threads, boolean perMessage) {
    List<MemoryPoolMXBean> heap = heapPools();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] cpuEach = perMessage && threads == 1 ? new long[Math.toIntExact(to - from)] : null;
    AtomicLong next = new AtomicLong(from);
    AtomicLong bytes = new AtomicLong();
    boolean countAllocation = cpuEach != null && ALLOCATIONS != null;
    long allocated0 = countAllocation ? ALLOCATIONS.getCurrentThreadAllocatedBytes() : 0;
    long cpu0 = OS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker = () -> {
      long own = 0;
      try {
        for (long i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
          long start = cpuEach == null ? 0 : THREADS.getCurrentThreadCpuTime();
          own += scanned(scan, i);
          if (cpuEach != null) {
            cpuEach[(int) (i - from)] = THREADS.getCurrentThreadCpuTime() - start;
          }
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e); // reported once by the calling thread, not as a worker's stack trace
        next.set(to);
      }
      bytes.addAndGet(own);
    };
    if (threads == 1) {
      worker.run();
    } else {
      List<Thread> pool = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread thread = new Thread(worker, "shield-bench-" + t);
        pool.add(thread);
        thread.start();
      }
      for (Thread thread : pool) {
        joinUninterruptibly(thread);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    long wall = System.nanoTime() - wall0;
    long cpu = OS.getProcessCpuTime() - cpu0;
    long allocated = countAllocation ? ALLOCATIONS.getCurrentThreadAllocatedBytes() - allocated0 : -1;
    double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    return new Run(threads, to - from, bytes.get(), wall, cpu, peak, cpuEach, allocated);
  }

  /** Heap in use right after a full collection, in MB (call while no scan is running). */
  static double heapAfterGcMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
  }

  /** Messages from files were checked before measuring; a scan failing now is a bug worth stopping for. */
  private static long scanned(Scan scan, long index) {
    try {
      return scan.scan(index);
    } catch (Exception e) {
      throw new IllegalStateException("message " + index + " failed during measurement: " + e.getMessage(), e);
    }
  }

  /** Waits for {@code thread}; an interrupt meanwhile is kept for the caller (set inside the loop, it would spin). */
  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }

  static double round(double x, int digits) {
    double scale = Math.pow(10, digits);
    return Double.isFinite(x) ? Math.round(x * scale) / scale : 0;
  }

  /** Adapts a generator of messages by index to a {@link Scan} that judges them with {@code judge}. */
  static Scan of(LongFunction<byte[]> message, Judge judge) {
    return i -> {
      byte[] m = message.apply(i);
      judge.judge(m);
      return m.length;
    };
  }

  /** Judges one message's bytes. */
  @FunctionalInterface
  interface Judge {
    void judge(byte[] message) throws Exception;
  }
}
