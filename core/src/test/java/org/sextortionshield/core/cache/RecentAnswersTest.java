package org.sextortionshield.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {
  @Test
  void aRepeatedKeyIsAnsweredOnceAndTheOldestAnswerGoesFirst() {
    RecentAnswers<String, String> answers = new RecentAnswers<>(2);
    List<String> computed = new ArrayList<>();
    java.util.function.Function<String, String> upper = k -> {
      computed.add(k);
      return k.toUpperCase(java.util.Locale.ROOT);
    };
    assertThat(answers.get("a", upper)).isEqualTo("A");
    assertThat(answers.get(new String("a"), upper)).isEqualTo("A"); // equal, not the same: still kept
    assertThat(answers.get("b", upper)).isEqualTo("B");
    assertThat(answers.get("c", upper)).isEqualTo("C"); // replaces "a"
    assertThat(answers.get("b", upper)).isEqualTo("B");
    assertThat(answers.get("a", upper)).isEqualTo("A");
    assertThat(computed).containsExactly("a", "b", "c", "a");
  }

  @Test
  void eachThreadHasItsOwnAnswers() throws InterruptedException {
    RecentAnswers<Integer, Integer> answers = new RecentAnswers<>(4);
    AtomicInteger computed = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 10_000; i++) {
          int key = i % 4;
          int answer = answers.get(key, k -> {
            computed.incrementAndGet();
            return k * 10;
          });
          if (answer != key * 10) {
            wrong.incrementAndGet();
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wrong.get()).isZero();
    assertThat(computed.get()).isEqualTo(3 * 4); // each thread worked out each of its four keys once
  }

  @Test
  void refusesAnEmptyRing() {
    assertThatThrownBy(() -> new RecentAnswers<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
