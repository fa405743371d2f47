package gloss.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a request's {@code Host} header that the preview answers to, against DNS rebinding:
 * a web page the developer visits can make its own name resolve to 127.0.0.1 and then read the
 * preview with scripts, but its requests carry its own name as the host, so they are refused.
 * Accepted, with any port: {@code localhost}, loopback addresses (127.0.0.0/8 and {@code [::1]}),
 * the {@code --host} given, the addresses it names, and, when that is every address (0.0.0.0 or
 * ::), each address of the machine's network interfaces, so that a phone on the network can open
 * the preview by the machine's address. Any other name is refused, even one that resolves to this
 * machine: names are compared, never looked up.
 */
final class AllowedHosts {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

  private final String givenName;
  private final Set<InetAddress> givenAddresses;
  private final boolean everyInterface;

  private AllowedHosts(String givenName, Set<InetAddress> givenAddresses, boolean everyInterface) {
    this.givenName = givenName;
    this.givenAddresses = givenAddresses;
    this.everyInterface = everyInterface;
  }

  /** The hosts allowed for a server bound to {@code host} (as given to {@code --host}). */
  static AllowedHosts forBinding(String host) {
    String name =
        normalized(
            host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host);
    Set<InetAddress> addresses = new HashSet<>();
    try {
      // Resolving the name the user chose to bind to (Jetty does the same to bind); request
      // host names are never resolved.
      for (InetAddress a : InetAddress.getAllByName(host.isEmpty() ? "0.0.0.0" : name)) {
        addresses.add(withoutScope(a));
      }
    } catch (UnknownHostException e) {
      // the server could not bind it either
    }
    boolean every = host.isEmpty() || addresses.stream().anyMatch(InetAddress::isAnyLocalAddress);
    return new AllowedHosts(name, Set.copyOf(addresses), every);
  }

  /** Whether a request with this {@code Host} header is answered; a request without one is. */
  boolean allows(String hostHeader) {
    if (hostHeader == null) {
      // HTTP/1.0 without a Host: no browser sends that, so it is no rebinding.
      return true;
    }
    String name = hostOf(hostHeader.strip());
    if (name == null) {
      return false;
    }
    if (name.equals("localhost") || name.equals(givenName)) {
      return true;
    }
    InetAddress address = literal(name);
    if (address == null) {
      return false;
    }
    return address.isLoopbackAddress()
        || givenAddresses.contains(address)
        || everyInterface && onThisMachine(address);
  }

  /** The host of a {@code Host} header without its port, lower case; null when malformed. */
  private static String hostOf(String header) {
    String host;
    String rest;
    if (header.startsWith("[")) {
      int close = header.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = header.substring(1, close);
      rest = header.substring(close + 1);
    } else {
      int colon = header.indexOf(':');
      host = colon < 0 ? header : header.substring(0, colon);
      rest = colon < 0 ? "" : header.substring(colon);
    }
    if (host.isEmpty() || !rest.isEmpty() && !PORT.matcher(rest).matches()) {
      return null;
    }
    return normalized(host);
  }

  private static String normalized(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** An IP address written out, parsed without any lookup; null for a name. */
  private static InetAddress literal(String host) {
    try {
      Matcher v4 = IPV4.matcher(host);
      if (v4.matches()) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(v4.group(i + 1));
          if (octet > 255) {
            return null;
          }
          bytes[i] = (byte) octet;
        }
        return InetAddress.getByAddress(bytes);
      }
      // Java parses a string with a colon as an IPv6 literal and never looks it up.
      return host.contains(":") && !host.contains("%")
          ? withoutScope(InetAddress.getByName(host))
          : null;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * Whether one of the machine's interfaces has this address; asked at each request, as a laptop's
   * addresses change when it joins another network.
   */
  private static boolean onThisMachine(InetAddress address) {
    try {
      return NetworkInterface.networkInterfaces()
          .flatMap(NetworkInterface::inetAddresses)
          .anyMatch(a -> withoutScope(a).equals(address));
    } catch (IOException e) {
      return false;
    }
  }

  /** The address without an IPv6 scope ({@code fe80::1%eth0}), which a Host header cannot carry. */
  private static InetAddress withoutScope(InetAddress address) {
    try {
      return InetAddress.getByAddress(address.getAddress());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
