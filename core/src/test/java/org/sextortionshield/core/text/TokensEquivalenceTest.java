package org.sextortionshield.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Tokens} against a plain definition of its words, spans, sentences and word numbers. */
class TokensEquivalenceTest {
  /** One word as the definition has it: characters, span, sentence, number (-1 for letters spelled out). */
  private record Word(String text, int start, int end, int sentence, int id) {}

  private static boolean wordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
        || c >= 0x80 && Character.isLetterOrDigit(c);
  }

  /** Runs of letters and digits; four or more single letters each one non-word char apart are one word. */
  private static List<Word> define(String s) {
    List<Word> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    int sentence = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!wordChar(c)) {
        boolean end = c == '.' || c == '!' || c == '?';
        if (c == '\n' || end && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
          sentence++;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && wordChar(s.charAt(i))) {
        i++;
      }
      if (i - start == 1 && Character.isLetter(c)) {
        StringBuilder letters = new StringBuilder();
        int pos = start;
        while (pos < s.length() && wordChar(s.charAt(pos)) && (pos + 1 == s.length() || !wordChar(s.charAt(pos + 1)))) {
          letters.append(s.charAt(pos));
          if (pos + 2 < s.length() && !wordChar(s.charAt(pos + 1)) && wordChar(s.charAt(pos + 2))) {
            pos += 2;
          } else {
            break;
          }
        }
        if (letters.length() >= 4) {
          i = start + 2 * (letters.length() - 1) + 1;
          out.add(new Word(letters.toString(), start, i, sentence, -1));
          continue;
        }
        i = start + 1;
      }
      String w = s.substring(start, i);
      out.add(new Word(w, start, i, sentence, ids.computeIfAbsent(w, k -> ids.size())));
    }
    return out;
  }

  private static void check(String original) {
    NormalizedText n = TextNormalizer.forMatching(original);
    Tokens t = Tokens.of(n);
    List<Word> expected = define(n.text());
    List<Word> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      found.add(new Word(t.word(i), t.start(i), t.end(i), t.sentence(i), t.wordId(i)));
    }
    assertThat(found).as(original).isEqualTo(expected);
    assertThat(t.distinctWords()).isEqualTo((int) expected.stream().filter(w -> w.id() >= 0).map(Word::text)
        .distinct().count());
  }

  private static final String[] PIECES = {"pay", "Pay", "now", "a", "b", "c", "d", "x", "7", "450", "é", "ω", "Ж",
    "中文", "٣", " ", " ", ".", ". ", "!", "?", ",", "-", "'", "\n", "\n\n", "a.b.c.d", "b i t c o i n", "Aa", "BB",
    "wordwordwordwordwordwordword"};

  @Test
  void generatedTextsTokeniseAsDefined() {
    Random random = new Random(23);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder b = new StringBuilder();
      int pieces = trial % 200 == 0 ? 3_000 : random.nextInt(40);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      check(b.toString());
    }
  }

  /** The thread's word table is reused text after text; past 65,535 texts its slots' epochs start again. */
  @Test
  void manyTextsOnOneThreadAllNumberTheirWordsAfresh() {
    Random random = new Random(29);
    for (int trial = 0; trial < 70_000; trial++) {
      check(trial % 1000 == 0 ? "w" + trial + " w" + (trial + 1) + " w" + trial + " ".repeat(20_000) + "end"
          : Integer.toString(random.nextInt(50), 36) + " " + Integer.toString(random.nextInt(50), 36) + " x");
    }
  }

  @Test
  void aTextWithMoreWordsThanAThreadKeepsAndOneAfterIt() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 3 * WordTable.KEEP_WORDS; i++) {
      many.append('w').append(i).append(i % 7 == 0 ? ". " : " ").append("the ");
    }
    check(many.toString()); // a table of its own
    StringBuilder dense = new StringBuilder();
    for (int i = 0; i < WordTable.KEEP_WORDS + 1000; i++) {
      dense.append(Integer.toString(i, 36)).append(' ');
    }
    check(dense.toString()); // the thread's table, grown past what it keeps
    check("short text after a long one, short text");
  }
}
