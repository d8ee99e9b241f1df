package org.sextortionshield.core.cache;

import java.util.function.Function;

/**
 * A thread's last few answers of a function whose answer depends on its key alone. A scan asks some questions more
 * than once (the From address's registrable domain in four signals, a segment's candidate words in two stages), so a
 * repeat costs a comparison. Each thread has its own ring, the oldest answer replaced first: bounded, never shared
 * between threads, and right whatever it holds (a miss only works the answer out again). Keys are compared with
 * {@code equals} (identity for classes that do not override it); answers must be immutable or never changed.
 */
public final class RecentAnswers<K, V> {
  private final int size;
  private final ThreadLocal<Ring> rings;

  public RecentAnswers(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
    this.size = size;
    this.rings = ThreadLocal.withInitial(Ring::new);
  }

  /** The answer for {@code key}: the thread's kept one, or {@code compute}'s, which is then kept. */
  @SuppressWarnings("unchecked")
  public V get(K key, Function<? super K, ? extends V> compute) {
    Ring r = rings.get();
    for (int k = 0; k < size; k++) {
      if (key.equals(r.keys[k])) {
        return (V) r.values[k];
      }
    }
    V answer = compute.apply(key);
    r.keys[r.next] = key;
    r.values[r.next] = answer;
    r.next = (r.next + 1) % size;
    return answer;
  }

  private final class Ring {
    final Object[] keys = new Object[size];
    final Object[] values = new Object[size];
    int next;
  }
}
