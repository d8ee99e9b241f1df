package org.sextortionshield.milter;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * A milter socket in the notation Postfix and Sendmail use: {@code inet:PORT@HOST}, {@code inet6:PORT@HOST},
 * {@code unix:/path} (also {@code local:/path}). {@code inet:PORT} alone listens on every IPv4 address;
 * Postfix's client form {@code inet:HOST:PORT} is accepted too.
 */
public record ListenAddress(StandardProtocolFamily family, String host, int port, Path path) {

  public static ListenAddress parse(String spec) {
    String s = spec.strip();
    int colon = s.indexOf(':');
    String scheme = colon < 0 ? "" : s.substring(0, colon);
    String rest = colon < 0 ? s : s.substring(colon + 1);
    switch (scheme) {
      case "unix", "local" -> {
        return unix(rest, spec);
      }
      case "inet" -> {
        return inet(StandardProtocolFamily.INET, rest, "0.0.0.0", spec);
      }
      case "inet6" -> {
        return inet(StandardProtocolFamily.INET6, rest, "::", spec);
      }
      default -> {
        if (s.startsWith("/")) {
          return unix(s, spec);
        }
        throw bad(spec, "unknown kind '" + scheme + "'");
      }
    }
  }

  private static ListenAddress unix(String path, String spec) {
    if (path.isEmpty()) {
      throw bad(spec, "no path");
    }
    return new ListenAddress(StandardProtocolFamily.UNIX, null, 0, Path.of(path));
  }

  private static ListenAddress inet(StandardProtocolFamily family, String rest, String anyHost, String spec) {
    String host;
    String port;
    int at = rest.indexOf('@');
    int lastColon = rest.lastIndexOf(':');
    if (at >= 0) {
      port = rest.substring(0, at);
      host = rest.substring(at + 1);
    } else if (family == StandardProtocolFamily.INET && lastColon >= 0) {
      host = rest.substring(0, lastColon);
      port = rest.substring(lastColon + 1);
    } else {
      port = rest;
      host = anyHost;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      throw bad(spec, "no host after '@'");
    }
    return new ListenAddress(family, host, parsePort(port, spec), null);
  }

  private static int parsePort(String port, String spec) {
    try {
      int p = Integer.parseInt(port);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(spec, "port '" + port + "' is not a number from 0 to 65535");
  }

  private static IllegalArgumentException bad(String spec, String problem) {
    return new IllegalArgumentException("bad socket '" + spec + "': " + problem
        + " (expected inet:PORT@HOST, inet6:PORT@HOST or unix:/PATH)");
  }

  public boolean isUnix() {
    return family == StandardProtocolFamily.UNIX;
  }

  /** The address to bind or connect to; host names are resolved now. */
  public SocketAddress toSocketAddress() throws UnknownHostException {
    if (isUnix()) {
      return UnixDomainSocketAddress.of(path);
    }
    return new InetSocketAddress(InetAddress.getByName(host), port);
  }

  /** The same address with another port (a server bound to port 0 reports the port it got). */
  public ListenAddress withPort(int newPort) {
    return new ListenAddress(family, host, newPort, path);
  }

  @Override
  public String toString() {
    return switch (family) {
      case UNIX -> "unix:" + path;
      case INET -> "inet:" + port + "@" + host;
      case INET6 -> "inet6:" + port + "@" + host;
    };
  }
}
