package org.sextortionshield.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two builds of the engine in one JVM, each in a class loader of its own, scanning the same messages in interleaved
 * passes (A B, then B A, ...), and the ratio of their thread CPU per message pass by pass. On a shared virtual machine
 * the speed of separate runs drifts by a fifth within minutes; passes a second apart see the same machine, so the
 * median ratio shows differences of a few per cent that separate runs cannot.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.sextortionshield.bench.BuildComparison A.jar B.jar DIR [PASSES]</pre>
 */
public final class BuildComparison {
  private BuildComparison() {}

  /** One build: its engine's {@code scan(byte[])} through reflection. */
  private record Build(String name, Object shield, Method scan) {
    static Build load(String jar) throws ReflectiveOperationException, IOException {
      Path path = Path.of(jar);
      if (!Files.isRegularFile(path)) {
        throw new IOException(jar + ": no such jar");
      }
      URLClassLoader loader = new URLClassLoader(new URL[] {path.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> shield = Class.forName("org.sextortionshield.core.Shield", true, loader);
      return new Build(jar, shield.getMethod("defaults").invoke(null), shield.getMethod("scan", byte[].class));
    }

    void scan(byte[] message) throws ReflectiveOperationException {
      scan.invoke(shield, (Object) message);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: BuildComparison A.jar B.jar DIR [PASSES]");
      System.exit(2);
    }
    try {
      Build[] builds = {Build.load(args[0]), Build.load(args[1])};
      byte[][] messages = MailDirectory.read(Path.of(args[2]));
      int passes = args.length > 3 ? Integer.parseInt(args[3]) : 30;
      compare(builds, messages, passes);
    } catch (IOException | NumberFormatException | InvocationTargetException e) {
      System.err.println("BuildComparison: " + (e.getCause() != null ? e.getCause() : e.getMessage()));
      System.exit(2);
    }
  }


  private static void compare(Build[] builds, byte[][] messages, int passes) throws ReflectiveOperationException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warmPasses = Math.max(3, 20_000 / messages.length);
    for (int w = 0; w < warmPasses; w++) {
      for (Build b : builds) {
        for (byte[] m : messages) {
          b.scan(m);
        }
      }
    }
    double[][] perMessage = new double[2][passes]; // mean thread CPU per message of each pass, ms
    for (int p = 0; p < passes; p++) {
      for (int k = 0; k < 2; k++) {
        int b = p % 2 == 0 ? k : 1 - k; // alternate which build goes first
        long start = threads.getCurrentThreadCpuTime();
        for (byte[] m : messages) {
          builds[b].scan(m);
        }
        perMessage[b][p] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / messages.length;
      }
    }
    double[] ratios = new double[passes];
    for (int p = 0; p < passes; p++) {
      ratios[p] = perMessage[1][p] / perMessage[0][p];
    }
    Arrays.sort(ratios);
    for (int b = 0; b < 2; b++) {
      double[] sorted = perMessage[b].clone();
      Arrays.sort(sorted);
      System.out.printf("%s %s: median pass %.4f ms CPU per message (fastest %.4f)%n", b == 0 ? "A" : "B",
          builds[b].name(), sorted[passes / 2], sorted[0]);
    }
    System.out.printf("B/A: median %.3f over %d passes of %d messages (range %.3f-%.3f)%n", ratios[passes / 2],
        passes, messages.length, ratios[0], ratios[passes - 1]);
  }
}
