package org.sextortionshield.core.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextortionshield.core.cache.RecentAnswers;
import org.sextortionshield.core.data.DataFile;

/**
 * What the forgery signals know about sender domains: the public suffix list, the organisation's own domains
 * (configured), much-impersonated brands ({@code domain/brands.txt}) and free mail providers
 * ({@code domain/freemail.txt}). Immutable and thread-safe.
 */
public final class SenderDomains {
  private static final int[] NO_BRANDS = new int[0];
  private static final SenderDomains DEFAULTS = new SenderDomains(PublicSuffixList.defaults(),
      loadBrands(DataFile.resource("org/sextortionshield/domain/brands.txt")),
      loadWords(DataFile.resource("org/sextortionshield/domain/brands.txt"), "service-words"),
      loadLines(DataFile.resource("org/sextortionshield/domain/freemail.txt"), "domains"), Set.of());

  private final PublicSuffixList suffixes;
  private final List<Brand> brands;
  private final Set<String> serviceWords;
  private final Set<String> freemail;
  private final Set<String> organisation;
  /** Every organisation and brand domain with its label's skeleton, organisation first, for look-alike checks. */
  private final List<Genuine> genuine;
  /** The genuine domains' labels, in the same order. */
  private final LookAlikeIndex genuineLabels;
  /** The genuine domains themselves: one lookup says a domain is the organisation's or a brand's own. */
  private final Set<String> genuineDomains;
  /** By a name's first (folded) word: the positions in {@link #brands} of the brands with such a name, ascending. */
  private final Map<String, int[]> brandsByFirstWord = new HashMap<>();
  /** A thread's last registrable domains, for keys up to {@value #MAX_RECENT_KEY} chars. */
  private static final int MAX_RECENT_KEY = 320;
  private final RecentAnswers<String, String> recent = new RecentAnswers<>(4);

  private record Genuine(String domain, String owner, LookAlike.Label label) {}

  private SenderDomains(PublicSuffixList suffixes, List<Brand> brands, Set<String> serviceWords, Set<String> freemail,
      Set<String> organisation) {
    this.suffixes = suffixes;
    this.brands = List.copyOf(brands);
    this.serviceWords = Set.copyOf(serviceWords);
    this.freemail = Set.copyOf(freemail);
    this.organisation = Set.copyOf(organisation);
    List<Genuine> g = new ArrayList<>();
    for (String own : organisation) {
      g.add(genuine(own, "your organisation"));
    }
    for (Brand b : brands) {
      for (String d : b.domains()) {
        g.add(genuine(d, b.names().get(0)));
      }
    }
    this.genuine = List.copyOf(g);
    this.genuineDomains = g.stream().map(Genuine::domain).collect(Collectors.toUnmodifiableSet());
    this.genuineLabels = new LookAlikeIndex(g.stream().map(Genuine::label).toList());
    Map<String, BitSet> byWord = new HashMap<>();
    for (int b = 0; b < this.brands.size(); b++) {
      for (List<String> name : this.brands.get(b).nameWords()) {
        if (!name.isEmpty()) {
          byWord.computeIfAbsent(name.get(0), w -> new BitSet()).set(b);
        }
      }
    }
    byWord.forEach((w, at) -> brandsByFirstWord.put(w, at.stream().toArray()));
  }

  private Genuine genuine(String domain, String owner) {
    String label = suffixes.label(domain);
    return new Genuine(domain, owner, LookAlike.Label.of(label));
  }

  /** The shipped lists, with no organisation domains. */
  public static SenderDomains defaults() {
    return DEFAULTS;
  }

  /** These lists with the organisation's own domains (host names; reduced to their registrable domains). */
  public SenderDomains withOrganisationDomains(Collection<String> domains) {
    Set<String> own = new LinkedHashSet<>();
    for (String d : domains) {
      String r = suffixes.registrableDomain(d);
      if (r.isEmpty()) {
        throw new IllegalArgumentException("not a registrable domain: '" + d + "'");
      }
      own.add(r);
    }
    return new SenderDomains(suffixes, brands, serviceWords, freemail, own);
  }

  public PublicSuffixList suffixes() {
    return suffixes;
  }

  public List<Brand> brands() {
    return brands;
  }

  /** Positions in {@link #brands} of the brands one of whose names starts with the folded word, ascending. */
  public int[] brandsNamedFrom(String foldedWord) {
    return brandsByFirstWord.getOrDefault(foldedWord, NO_BRANDS);
  }

  public Set<String> organisationDomains() {
    return organisation;
  }

  /**
   * The registrable domain of an address's or host's domain ("" when none). A scan asks for the From address's in four
   * signals, so a thread's last few answers are kept (for keys up to {@value #MAX_RECENT_KEY} chars).
   */
  public String registrable(String addressOrHost) {
    return addressOrHost.length() > MAX_RECENT_KEY ? registrableOf(addressOrHost)
        : recent.get(addressOrHost, this::registrableOf);
  }

  private String registrableOf(String addressOrHost) {
    int at = addressOrHost.lastIndexOf('@');
    return suffixes.registrableDomain(at < 0 ? addressOrHost : addressOrHost.substring(at + 1));
  }

  public boolean isFreemail(String registrableDomain) {
    return freemail.contains(registrableDomain);
  }

  public boolean isServiceWord(String word) {
    return serviceWords.contains(word);
  }

  /**
   * Whether {@code registrableDomain} is one the brand sends from: listed, or the same label under a country-code
   * suffix ("amazon.de" for "amazon.com"). A free mail domain never is: brands do not write from free mail boxes.
   */
  public boolean belongsTo(Brand brand, String registrableDomain) {
    if (isFreemail(registrableDomain)) {
      return false;
    }
    if (brand.domains().contains(registrableDomain)) {
      return true;
    }
    String label = suffixes.label(registrableDomain);
    String suffix = suffixes.publicSuffix(registrableDomain);
    int dot = suffix.indexOf('.');
    boolean countryCode = suffix.length() - suffix.lastIndexOf('.') - 1 == 2 && suffix.indexOf('.', dot + 1) < 0;
    if (!countryCode || label.isEmpty()) {
      return false;
    }
    for (String d : brand.domains()) {
      if (suffixes.label(d).equals(label)) {
        return true;
      }
    }
    return false;
  }

  /** A genuine domain that {@code registrableDomain} imitates, and how. */
  public record Imitation(String genuine, String owner, LookAlike.Kind kind) {}

  /**
   * The organisation or brand domain that {@code registrableDomain} imitates, or null. A domain that is itself the
   * organisation's or a brand's is not an imitation, nor is the same label under another suffix (amazon.de).
   */
  public Imitation imitated(String registrableDomain) {
    String label = suffixes.label(registrableDomain);
    if (label.length() < 3 || genuineDomains.contains(registrableDomain)) {
      return null;
    }
    LookAlike.Label candidate = LookAlike.Label.of(label);
    int first = genuineLabels.firstImitated(candidate);
    if (first < 0) {
      return null;
    }
    Genuine g = genuine.get(first);
    return new Imitation(g.domain(), g.owner(), LookAlike.compare(candidate, g.label()));
  }

  private static List<Brand> loadBrands(DataFile file) {
    List<Brand> out = new ArrayList<>();
    for (DataFile.Section s : file.sections()) {
      if (s.name().equals("service-words")) {
        continue;
      }
      List<String> names = new ArrayList<>();
      Set<String> domains = new LinkedHashSet<>();
      for (DataFile.Line line : s.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null || !kv[0].equals("name") && !kv[0].equals("domains")) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'name = ...' or 'domains = ...'");
        }
        for (String v : kv[1].split(",")) {
          if (!v.isBlank()) {
            if (kv[0].equals("name")) {
              names.add(v.strip());
            } else {
              domains.add(v.strip().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      if (names.isEmpty() || domains.isEmpty()) {
        throw new DataFile.DataFileException(file.name(), 0, "[" + s.name() + "] needs name and domains");
      }
      List<List<String>> words = new ArrayList<>();
      for (String n : names) {
        words.add(DisplayNames.fold(DisplayNames.words(n)));
      }
      out.add(new Brand(s.name(), List.copyOf(names), List.copyOf(words),
          java.util.Collections.unmodifiableSet(domains))); // in file order: the main domain first
    }
    return out;
  }

  private static Set<String> loadWords(DataFile file, String section) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : loadLines(file, section)) {
      for (String w : line.split(",")) {
        if (!w.isBlank()) {
          out.add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static Set<String> loadLines(DataFile file, String section) {
    Set<String> out = new LinkedHashSet<>();
    for (DataFile.Section s : file.sections()) {
      if (s.name().equals(section)) {
        s.lines().forEach(l -> out.add(l.text().toLowerCase(Locale.ROOT)));
      }
    }
    if (out.isEmpty()) {
      throw new DataFile.DataFileException(file.name(), 0, "no [" + section + "] section");
    }
    return out;
  }
}
