package org.sextortionshield.core.domain;

import com.ibm.icu.text.IDNA;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The registrable domain of a host name ("mail.paypal.co.uk" → "paypal.co.uk"), by Mozilla's Public Suffix List
 * (ICANN and private sections, wildcard and exception rules), shipped as {@code domain/public_suffix_list.dat}.
 * Host names are compared in Unicode form: punycode labels ("xn--...") are decoded with IDNA (UTS #46).
 */
public final class PublicSuffixList {
  private static final String RESOURCE = "org/sextortionshield/domain/public_suffix_list.dat";
  private static final int MAX_HOST = 253;
  private static final PublicSuffixList DEFAULTS = load();
  private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_UNICODE);

  private final Set<String> rules;
  private final Set<String> wildcards;
  private final Set<String> exceptions;

  private PublicSuffixList(Set<String> rules, Set<String> wildcards, Set<String> exceptions) {
    this.rules = rules;
    this.wildcards = wildcards;
    this.exceptions = exceptions;
  }

  public static PublicSuffixList defaults() {
    return DEFAULTS;
  }

  /** Reads a list in the publicsuffix.org format: one rule a line, "//" comments, "*." wildcards, "!" exceptions. */
  public static PublicSuffixList parse(InputStream in) {
    Set<String> rules = new HashSet<>();
    Set<String> wildcards = new HashSet<>();
    Set<String> exceptions = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String rule = line.strip();
        int space = rule.indexOf(' ');
        if (space > 0) {
          rule = rule.substring(0, space);
        }
        if (rule.isEmpty() || rule.startsWith("//")) {
          continue;
        }
        rule = rule.toLowerCase(Locale.ROOT);
        if (rule.startsWith("!")) {
          exceptions.add(rule.substring(1));
        } else if (rule.startsWith("*.")) {
          wildcards.add(rule.substring(2));
        } else {
          rules.add(rule);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the public suffix list", e);
    }
    return new PublicSuffixList(Set.copyOf(rules), Set.copyOf(wildcards), Set.copyOf(exceptions));
  }

  private static PublicSuffixList load() {
    InputStream in = PublicSuffixList.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + ": resource not found on the classpath");
    }
    return parse(in);
  }

  /** The host name in lower-case Unicode form, without a trailing dot; "" when it is not a usable host name. */
  public static String canonical(String host) {
    if (host == null) {
      return "";
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty() || h.length() > MAX_HOST || h.startsWith(".") || h.contains("..")) {
      return "";
    }
    if (h.contains("xn--")) {
      StringBuilder out = new StringBuilder();
      IDNA.Info info = new IDNA.Info();
      IDNA_UTS46.nameToUnicode(h, out, info);
      if (!info.hasErrors()) {
        h = out.toString();
      }
    }
    return h;
  }

  /** The public suffix of {@code host} ("co.uk" for "a.b.co.uk"); by the default rule "*", its last label. */
  public String publicSuffix(String host) {
    return suffixOf(canonical(host));
  }

  /** The public suffix of a host name already in {@link #canonical} form. */
  private String suffixOf(String h) {
    if (h.isEmpty()) {
      return "";
    }
    // Walk from the whole name to shorter suffixes: the first (longest) match wins, exceptions before the rest.
    int at = 0;
    while (true) {
      String suffix = h.substring(at);
      if (exceptions.contains(suffix)) {
        int dot = suffix.indexOf('.');
        return dot < 0 ? suffix : suffix.substring(dot + 1);
      }
      if (rules.contains(suffix)) {
        return suffix;
      }
      int dot = suffix.indexOf('.');
      if (dot < 0) {
        return suffix; // the default rule "*"
      }
      if (wildcards.contains(suffix.substring(dot + 1))) {
        return suffix;
      }
      at += dot + 1;
    }
  }

  /**
   * The registrable domain of {@code host}: its public suffix plus one label ("paypal.co.uk"). "" when the host is
   * itself a public suffix or not a host name.
   */
  public String registrableDomain(String host) {
    String h = canonical(host);
    // canonical() is not always idempotent ("a.." gives "a."): only a plain result skips the second pass
    String suffix = isPlainCanonical(h) ? suffixOf(h) : publicSuffix(h);
    if (suffix.isEmpty() || h.length() <= suffix.length()) {
      return "";
    }
    int start = h.lastIndexOf('.', h.length() - suffix.length() - 2);
    return h.substring(start + 1);
  }

  /** Whether canonical() gives {@code h} back unchanged: lower-case ASCII without "xn--", already checked. */
  private static boolean isPlainCanonical(String h) {
    if (h.isEmpty() || h.endsWith(".") || h.contains("xn--") || h.contains("..") || h.startsWith(".")) {
      return false;
    }
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c <= ' ' || c >= 0x7f || c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The registrable domain without its public suffix: "paypal" for "mail.paypal.co.uk"; "" when none. */
  public String label(String host) {
    String registrable = registrableDomain(host);
    int dot = registrable.indexOf('.');
    return dot < 0 ? registrable : registrable.substring(0, dot);
  }
}
