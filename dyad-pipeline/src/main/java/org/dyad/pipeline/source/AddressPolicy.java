package org.dyad.pipeline.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses hosts that resolve to private, loopback, link-local, multicast or otherwise
 * non-public addresses (IPv4 and IPv6), so that a feed or a redirect cannot make Dyad fetch from
 * the machine's own network. Checked before every request, redirects included.
 */
final class AddressPolicy {

  /** Resolves a host name to its addresses (DNS in production, a table in tests). */
  interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private AddressPolicy() {}

  /**
   * A resolver that gives up after {@code timeout}: a stalled DNS server must not stall a batch.
   * The lookup goes on in a daemon thread and its answer, if any, is dropped.
   */
  static HostResolver bounded(HostResolver inner, java.time.Duration timeout) {
    return host -> {
      java.util.concurrent.CompletableFuture<InetAddress[]> lookup = new java.util.concurrent.CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          lookup.complete(inner.resolve(host));
        } catch (UnknownHostException | RuntimeException e) {
          lookup.completeExceptionally(e);
        }
      }, "dyad-dns-" + host);
      thread.setDaemon(true);
      thread.start();
      try {
        return lookup.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        throw new UnknownHostException(host + " (no DNS answer within " + timeout.toMillis() + " ms)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UnknownHostException(host + " (interrupted)");
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof UnknownHostException) {
          throw (UnknownHostException) e.getCause();
        }
        throw new UnknownHostException(host + " (" + e.getCause() + ")");
      }
    };
  }

  /** Throws when the host is unknown or any of its addresses is not public. */
  static void check(String host, HostResolver resolver) throws SourceException {
    String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(name);
    } catch (UnknownHostException e) {
      String detail = e.getMessage() != null && e.getMessage().startsWith(name + " (") ? e.getMessage() : name;
      throw new SourceException("unknown host " + detail, e);
    }
    if (addresses.length == 0) {
      throw new SourceException("unknown host " + name);
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        boolean literal = address.getHostAddress().equalsIgnoreCase(name) || isLiteral(name);
        throw new SourceException("refused: " + name + (literal ? " is a non-public address" : " resolves to the non-public address "
            + address.getHostAddress()) + " (use --allow-private to fetch from private networks)");
      }
    }
  }

  private static boolean isLiteral(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPrivateIpv4(bytes);
    }
    if (address instanceof Inet6Address) {
      int first = bytes[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true; // fc00::/7 unique local
      }
      if (isZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
        return isPrivateIpv4(slice(bytes, 12)) || isSpecialIpv4(slice(bytes, 12)); // ::ffff:a.b.c.d
      }
      if (isZero(bytes, 0, 12)) {
        return true; // ::a.b.c.d (deprecated IPv4-compatible), ::, ::1
      }
      if (first == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
          && isZero(bytes, 4, 12)) {
        InetAddress embedded = ipv4(slice(bytes, 12));
        return embedded == null || isPrivate(embedded); // 64:ff9b::/96 NAT64
      }
      if (first == 0x20 && (bytes[1] & 0xff) == 0x02) {
        InetAddress embedded = ipv4(slice(bytes, 2));
        return embedded == null || isPrivate(embedded); // 2002::/16 6to4
      }
    }
    return false;
  }

  private static boolean isPrivateIpv4(byte[] bytes) {
    int a = bytes[0] & 0xff;
    int b = bytes[1] & 0xff;
    return a == 0 || a == 10 || a == 127 || a >= 224
        || (a == 100 && b >= 64 && b <= 127) // carrier-grade NAT
        || (a == 169 && b == 254)
        || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168)
        || (a == 192 && b == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19)); // benchmarking
  }

  private static boolean isSpecialIpv4(byte[] bytes) {
    InetAddress address = ipv4(bytes);
    return address == null || address.isAnyLocalAddress() || address.isLoopbackAddress()
        || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isMulticastAddress();
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static byte[] slice(byte[] bytes, int from) {
    byte[] part = new byte[4];
    System.arraycopy(bytes, from, part, 0, 4);
    return part;
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
