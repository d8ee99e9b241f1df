package org.sextortionshield.core.header;

import java.util.Map;

/**
 * One method's result in an Authentication-Results header (RFC 8601): {@code method} ("spf", "dkim", "dmarc",
 * "arc", "compauth", ...), {@code result} ("pass", "fail", "softfail", "none", ...), the {@code reason} if given, and
 * the properties ({@code header.d}, {@code header.from}, {@code smtp.mailfrom}, {@code policy.dmarc}, ...), with
 * the {@code authservId} of the server that added it and whether that server is trusted.
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
}
