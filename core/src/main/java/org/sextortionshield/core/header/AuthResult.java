package org.sextortionshield.core.header;

import java.util.Locale;
import java.util.Map;

/**
 * One method's result in an Authentication-Results header (RFC 8601): {@code method} ("spf", "dkim", "dmarc",
 * "arc", "compauth", ...), {@code result} ("pass", "fail", "softfail", "none", ...), the {@code reason} if given, and
 * the properties ({@code header.d}, {@code header.from}, {@code smtp.mailfrom}, {@code policy.dmarc}, ..., and
 * key=value pairs from the statement's comments such as Gmail's {@code p=reject}), with the {@code authservId} of
 * the server that added it and whether that server is trusted.
 */
public record AuthResult(String authservId, boolean trusted, String method, String result, String reason,
    Map<String, String> properties, boolean arc) {

  public String property(String name) {
    return properties.getOrDefault(name, "");
  }

  public boolean passed() {
    return result.equals("pass");
  }

  public boolean failed() {
    return result.equals("fail") || result.equals("permerror") || result.equals("softfail") && method.equals("spf");
  }

  /**
   * The domain the result speaks for, lower-cased: dkim's signing domain ({@code header.d}, else the domain of
   * {@code header.i}), dmarc's and compauth's {@code header.from}, spf's {@code smtp.mailfrom} domain (else
   * {@code smtp.helo}). "" when the header does not say.
   */
  public String domain() {
    return switch (method) {
      case "dkim" -> firstNonEmpty(property("header.d"), domainOf(property("header.i")));
      case "dmarc", "compauth" -> domainOf(property("header.from"));
      case "spf" -> firstNonEmpty(domainOf(property("smtp.mailfrom")), domainOf(property("smtp.helo")));
      default -> "";
    };
  }

  /**
   * The DMARC policy the From domain publishes, when the header tells it: {@code policy.dmarc},
   * {@code policy.published-domain-policy}, Gmail's {@code p=} comment, or Microsoft's {@code action=}
   * ({@code oreject} = reject overridden). "reject", "quarantine", "none" or "" when unknown.
   */
  public String dmarcPolicy() {
    for (String key : new String[] {"policy.dmarc", "policy.published-domain-policy", "p"}) {
      String p = property(key).toLowerCase(Locale.ROOT);
      if (p.equals("reject") || p.equals("quarantine") || p.equals("none")) {
        return p;
      }
    }
    String action = property("action").toLowerCase(Locale.ROOT);
    if (action.endsWith("reject")) {
      return "reject";
    }
    if (action.endsWith("quarantine")) {
      return "quarantine";
    }
    return action.equals("none") ? "none" : "";
  }

  /** The domain publishes a policy asking receivers to reject or quarantine mail that fails. */
  public boolean strictPolicy() {
    String p = dmarcPolicy();
    return p.equals("reject") || p.equals("quarantine");
  }

  /** The statement as a person reads it, for evidence: "dmarc=fail (p=reject) header.from=bank.example". */
  public String describe() {
    StringBuilder b = new StringBuilder(method).append('=').append(result);
    String policy = dmarcPolicy();
    if (method.equals("dmarc") && !policy.isEmpty()) {
      b.append(" (p=").append(policy).append(')');
    }
    String d = domain();
    if (!d.isEmpty()) {
      b.append(' ').append(method.equals("dkim") ? "header.d" : method.equals("spf") ? "smtp.mailfrom" : "header.from")
          .append('=').append(d);
    }
    if (!reason.isEmpty()) {
      b.append(" reason=").append(reason);
    }
    return b.append(" [by ").append(authservId.isEmpty() ? "(no authserv-id)" : authservId).append(']').toString();
  }

  private static String domainOf(String addressOrDomain) {
    int at = addressOrDomain.lastIndexOf('@');
    return (at < 0 ? addressOrDomain : addressOrDomain.substring(at + 1)).toLowerCase(Locale.ROOT);
  }

  private static String firstNonEmpty(String a, String b) {
    return a.isEmpty() ? b : a;
  }
}
