package org.sextortionshield.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Remembered signal hashes are the hashes themselves: for the first names, past the table's bound, across threads. */
class SignalHashesTest {
  @Test
  void rememberedHashesEqualComputedOnes() throws Exception {
    SignalHashes hashes = new SignalHashes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < SignalHashes.MAX_NAMES + 40; i++) {
      names.add("signal-" + Integer.toString(i * 7919, 36));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long seed = t;
        work.add(pool.submit(() -> {
          Random random = new Random(seed);
          for (int n = 0; n < 20_000; n++) {
            String a = names.get(random.nextInt(names.size()));
            String b = names.get(random.nextInt(names.size()));
            SignalHashes.Lookup lookup = hashes.of(List.of(a, b));
            assertThat(lookup.single(0)).isEqualTo(FeatureHash.string(FeatureHash.SIGNAL, a));
            assertThat(lookup.single(1)).isEqualTo(FeatureHash.string(FeatureHash.SIGNAL, b));
            int expected = a.compareTo(b) < 0 ? FeatureHash.pair(FeatureHash.SIGNAL, a, b)
                : FeatureHash.pair(FeatureHash.SIGNAL, b, a);
            assertThat(lookup.pair(0, 1)).as(a + " + " + b).isEqualTo(expected).isEqualTo(lookup.pair(1, 0));
          }
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
