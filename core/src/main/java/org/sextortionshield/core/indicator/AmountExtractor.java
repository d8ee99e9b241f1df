package org.sextortionshield.core.indicator;

import java.math.BigDecimal;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.text.NormalizedText;
import org.sextortionshield.core.text.Tokens;

/**
 * Reads sums of money in the common written forms ({@code $1,450}, {@code 1450 USD}, {@code € 900},
 * {@code 1.200,50 EUR}, {@code 0.12 BTC}, {@code 1 450 $}, {@code $5k}) and normalises them to value + currency.
 * A hand-written scanner over normalised text; no regular expressions.
 */
public final class AmountExtractor implements IndicatorExtractor {
  private static final int MAX_NUMBER_CHARS = 24;
  private final Currencies currencies = Currencies.defaults();

  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    for (TextSegment segment : content.visibleSegments()) {
      amounts(segment, out);
    }
  }

  /**
   * The amounts of one segment: a number starts at a digit with no letter or digit before it, that is at the first
   * character of a word (normalised text holds no digits but ASCII ones, so inside a word a digit follows a letter or
   * a digit), so only the words are visited, not every character. Letters spelled out one by one make a word with
   * other characters between them; such a word (and a word past the word table's bound, which has no number either)
   * is read character by character, as the whole text once was ({@link #amountsCharByChar}).
   */
  private void amounts(TextSegment segment, Indicators.Builder out) {
    NormalizedText text = segment.normalized();
    String s = text.text();
    Tokens tokens = segment.tokens();
    int next = 0; // where the next number may start: the text before was read
    for (int t = 0; t < tokens.size(); t++) {
      int start = tokens.start(t);
      if (tokens.wordId(t) < 0) {
        next = amountsCharByChar(s, Math.max(start, next), tokens.end(t), text, segment.location(), out);
      } else if (start >= next && isDigit(s.charAt(start))) {
        next = Math.max(scan(s, start, text, segment.location(), out), start + 1);
      }
    }
  }

  /** Reads the numbers starting in {@code s[from, to)}, character by character; returns where reading stopped. */
  int amountsCharByChar(String s, int from, int to, NormalizedText text, String location, Indicators.Builder out) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' && (i == 0 || !isAlnum(s.charAt(i - 1)))) {
        int end = scan(s, i, text, location, out);
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return i;
  }

  /**
   * Parses the number at {@code start}; emits an amount when a currency sits next to it. Returns its end. Nothing is
   * allocated unless a currency is found: message text may hold a million numbers.
   */
  private int scan(String s, int start, NormalizedText text, String location, Indicators.Builder out) {
    int i = start;
    while (i < s.length() && i - start < MAX_NUMBER_CHARS) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        i++;
      } else if ((c == ',' || c == '.' || c == '\'' || c == ' ') && i + 1 < s.length() && isDigit(s.charAt(i + 1))
          && (c != ' ' || isSpaceGroup(s, i + 1))) {
        i++;
      } else {
        break;
      }
    }
    int numberEnd = i;
    long multiplier = 1;
    if (i < s.length() && s.charAt(i) == 'k' && (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1)))) {
      multiplier = 1000;
      i++;
    }
    if (i < s.length() && isDigit(s.charAt(i))) {
      return i; // too long a digit run: an ID, not an amount
    }
    String currency = null;
    int amountStart = start;
    int amountEnd = i;
    // Currency after the number: "1450 USD", "900€", "0.2 btc", "1 450 $".
    int a = i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
    int wordEnd = a;
    while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd > a && (wordEnd == s.length() || !isDigit(s.charAt(wordEnd)))) {
      currency = currencies.word(s, a, wordEnd);
      if (currency != null) {
        amountEnd = wordEnd;
      }
    }
    if (currency == null) {
      // only as many characters as stand there that symbols are made of: the longer ones cannot be a symbol
      for (int len = currencies.symbolCharsFrom(s, a, currencies.longestSymbol()); len >= 1 && currency == null;
          len--) {
        String sym = currencies.symbol(s, a, a + len);
        if (sym != null && (a + len == s.length() || !Character.isLetter(s.charAt(a + len)))) {
          currency = sym;
          amountEnd = a + len;
        }
      }
    }
    // Currency before the number: "$1,450", "€ 900", "usd 500", "r$ 300".
    if (currency == null) {
      int b = start > 0 && s.charAt(start - 1) == ' ' ? start - 1 : start;
      for (int len = currencies.symbolCharsBefore(s, b, currencies.longestSymbol()); len >= 1 && currency == null;
          len--) {
        String sym = currencies.symbol(s, b - len, b);
        if (sym != null && (b - len == 0 || !Character.isLetter(s.charAt(b - len - 1)) || len > 1)) {
          currency = sym;
          amountStart = b - len;
        }
      }
      if (currency == null) {
        int wordStart = b;
        while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
          wordStart--;
        }
        if (wordStart < b) {
          currency = currencies.word(s, wordStart, b);
          if (currency != null) {
            amountStart = wordStart;
          }
        }
      }
      amountEnd = i;
    }
    if (currency == null) {
      return numberEnd;
    }
    BigDecimal value = value(s.substring(start, numberEnd), currencies.isCrypto(currency));
    if (value == null || value.signum() <= 0) {
      return numberEnd;
    }
    value = value.multiply(BigDecimal.valueOf(multiplier));
    int from = text.sourceStart(amountStart);
    int to = text.sourceEnd(amountEnd);
    out.amount(new Amount(value, currency, text.original().substring(from, to), location, from, to));
    return amountEnd;
  }

  /**
   * The value of a written number ({@code 1,450}, {@code 1.200,50}, {@code 0.120}): the last of two separator kinds
   * is the decimal mark; one kind repeated means thousands; one separator before three digits means thousands, except
   * after a lone 0 or in a crypto amount ("0.120 BTC").
   */
  static BigDecimal value(String number, boolean crypto) {
    StringBuilder digits = new StringBuilder(number.length());
    StringBuilder seps = new StringBuilder(); // separator chars, one per group boundary
    java.util.List<Integer> groups = new java.util.ArrayList<>();
    int group = 0;
    for (int k = 0; k < number.length(); k++) {
      char c = number.charAt(k);
      if (isDigit(c)) {
        digits.append(c);
        group++;
      } else {
        seps.append(c);
        groups.add(group);
        group = 0;
      }
    }
    groups.add(group);
    if (digits.length() == 0) {
      return null;
    }
    int decimalAt = -1; // index of the separator that is the decimal mark
    if (seps.length() > 0) {
      char last = seps.charAt(seps.length() - 1);
      boolean mixed = false;
      for (int k = 0; k < seps.length(); k++) {
        mixed |= seps.charAt(k) != last;
      }
      int lastGroup = groups.get(groups.size() - 1);
      if (mixed && (last == '.' || last == ',')) {
        decimalAt = seps.length() - 1;
      } else if (!mixed && seps.length() == 1 && (last == '.' || last == ',')) {
        boolean thousands = lastGroup == 3 && !(groups.get(0) == 1 && digits.charAt(0) == '0')
            && !(crypto && last == '.');
        decimalAt = thousands ? -1 : 0;
      }
    }
    StringBuilder plain = new StringBuilder();
    int pos = 0;
    for (int g = 0; g < groups.size(); g++) {
      if (g > 0 && g - 1 == decimalAt) {
        plain.append('.');
      }
      plain.append(digits, pos, pos + groups.get(g));
      pos += groups.get(g);
    }
    try {
      return new BigDecimal(plain.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isSpaceGroup(String s, int at) {
    int n = 0;
    while (at + n < s.length() && isDigit(s.charAt(at + n))) {
      n++;
    }
    return n == 3;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || Character.isLetter(c);
  }
}
