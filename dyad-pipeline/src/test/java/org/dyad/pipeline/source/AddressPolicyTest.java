package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.9.9", "192.168.1.1",
      "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255",
      "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
      "64:ff9b::a00:1", "2002:a00:1::1", "ff02::1"})
  void refusesNonPublicAddresses(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.isPrivate(InetAddress.getByName(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1:248:1893:25c8:1946",
      "64:ff9b::808:808", "2002:808:808::1"})
  void acceptsPublicAddresses(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.isPrivate(InetAddress.getByName(literal))).isFalse();
  }

  @Test
  void aHostIsRefusedWhenAnyOfItsAddressesIsPrivate() {
    AddressPolicy.HostResolver resolver = host -> new InetAddress[] {
        InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};

    assertThatThrownBy(() -> AddressPolicy.check("mixed.example", resolver))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("10.1.2.3")
        .hasMessageContaining("--allow-private");
  }

  @Test
  void anUnknownHostIsReported() {
    AddressPolicy.HostResolver resolver = host -> {
      throw new UnknownHostException(host);
    };

    assertThatThrownBy(() -> AddressPolicy.check("nowhere.example", resolver)).hasMessage("unknown host nowhere.example");
  }

  @Test
  void aStalledDnsLookupGivesUpAfterTheTimeout() {
    AddressPolicy.HostResolver stalled = host -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new InetAddress[0];
    };
    AddressPolicy.HostResolver bounded = AddressPolicy.bounded(stalled, java.time.Duration.ofMillis(200));

    long start = System.nanoTime();
    assertThatThrownBy(() -> AddressPolicy.check("slow.example", bounded))
        .isInstanceOf(SourceException.class)
        .hasMessage("unknown host slow.example (no DNS answer within 200 ms)");
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
  }

  @Test
  void aBoundedResolverPassesAnswersAndFailuresThrough() throws UnknownHostException {
    AddressPolicy.HostResolver table = host -> {
      if (host.equals("known.example")) {
        return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
      }
      throw new UnknownHostException(host);
    };
    AddressPolicy.HostResolver bounded = AddressPolicy.bounded(table, java.time.Duration.ofSeconds(2));

    assertThat(bounded.resolve("known.example")).containsExactly(InetAddress.getByName("93.184.216.34"));
    assertThatThrownBy(() -> bounded.resolve("unknown.example")).isInstanceOf(UnknownHostException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/", "http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/", "https://[fe80::1]/", "http://0.0.0.0:8080/"})
  void theFetcherRefusesPrivateUrlsBeforeConnecting(String url) {
    HttpFetcher fetcher = new HttpFetcher(SourceOptions.defaults());

    assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("refused:");
  }

  @Test
  void theFetcherOnlyFetchesHttpAndHttps() {
    HttpFetcher fetcher = new HttpFetcher(SourceOptions.defaults());

    assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
        .hasMessageContaining("only http and https");
  }
}
