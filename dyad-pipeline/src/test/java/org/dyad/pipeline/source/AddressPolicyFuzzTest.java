package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The SSRF policy under generated addresses: every address of a non-public IPv4 range is refused
 * however it is written (IPv4, and IPv6 mapped, compatible, NAT64 and 6to4 forms, with or without
 * brackets); public IPv4 addresses pass in each of those forms; and hostile host strings give a
 * {@link SourceException} or pass, never another exception. No DNS: literals are parsed by
 * {@link InetAddress} (no lookup for an IPv6 literal or a dotted IPv4 one), names go to a table.
 */
class AddressPolicyFuzzTest {

  /** First octet, second octet range: the IPv4 blocks the policy refuses. */
  private static final int[][] PRIVATE_BLOCKS = {
      {0, 0, 255}, {10, 0, 255}, {127, 0, 255}, {100, 64, 127}, {169, 254, 254}, {172, 16, 31}, {192, 168, 168},
      {198, 18, 19}, {224, 0, 255}, {239, 0, 255}, {240, 0, 255}, {255, 0, 255}};

  private static final AddressPolicy.HostResolver LITERALS_ONLY = host -> {
    if (host.contains(":") || host.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
      return InetAddress.getAllByName(host);
    }
    throw new UnknownHostException(host);
  };

  @Provide
  Arbitrary<byte[]> privateIpv4() {
    return Arbitraries.integers().between(0, PRIVATE_BLOCKS.length - 1).flatMap(block -> {
      int[] range = PRIVATE_BLOCKS[block];
      return Arbitraries.integers().between(range[1], range[2]).flatMap(second ->
          Arbitraries.integers().between(0, 255).list().ofSize(2).map(rest ->
              new byte[] {(byte) range[0], (byte) (int) second, (byte) (int) rest.get(0), (byte) (int) rest.get(1)}));
    });
  }

  @Provide
  Arbitrary<byte[]> publicIpv4() {
    return Arbitraries.integers().between(1, 223).list().ofSize(4).map(octets -> {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        bytes[i] = (byte) (int) octets.get(i);
      }
      return bytes;
    }).filter(bytes -> !inPrivateBlock(bytes) && !(bytes[0] == (byte) 192 && bytes[1] == 0 && bytes[2] == 0));
  }

  private static boolean inPrivateBlock(byte[] bytes) {
    int a = bytes[0] & 0xff;
    int b = bytes[1] & 0xff;
    for (int[] block : PRIVATE_BLOCKS) {
      if (a == block[0] && b >= block[1] && b <= block[2]) {
        return true;
      }
    }
    return false;
  }

  /** The spellings of one IPv4 address a URL host can take (index 0..5). */
  private static String spelling(byte[] v4, int form) {
    String dotted = (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
    String high = Integer.toHexString(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
    String low = Integer.toHexString(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
    return switch (form) {
      case 0 -> dotted;
      case 1 -> "[::ffff:" + dotted + "]";
      case 2 -> "::ffff:" + high + ":" + low;
      case 3 -> "[64:ff9b::" + high + ":" + low + "]";
      case 4 -> "2002:" + high + ":" + low + "::1";
      default -> "[0:0:0:0:0:FFFF:" + high.toUpperCase(java.util.Locale.ROOT) + ":" + low + "]";
    };
  }

  @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
  void everySpellingOfANonPublicIpv4AddressIsRefused(@ForAll("privateIpv4") byte[] address,
      @ForAll("forms") int form) {
    String host = spelling(address, form);
    assertThatThrownBy(() -> AddressPolicy.check(host, LITERALS_ONLY)).as(host)
        .isInstanceOf(SourceException.class).hasMessageContaining("refused");
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void publicIpv4AddressesPassInEverySpelling(@ForAll("publicIpv4") byte[] address, @ForAll("forms") int form)
      throws SourceException {
    String host = spelling(address, form);
    AddressPolicy.check(host, LITERALS_ONLY);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void aNameResolvingToAnyNonPublicAddressAmongPublicOnesIsRefused(@ForAll("publicIpv4") byte[] good,
      @ForAll("privateIpv4") byte[] bad, @ForAll("forms") int form) {
    AddressPolicy.HostResolver rebinding = host -> new InetAddress[] {
        InetAddress.getByAddress(good), InetAddress.getAllByName(spelling(bad, form).replaceAll("[\\[\\]]", ""))[0]};
    assertThatThrownBy(() -> AddressPolicy.check("rebind.example", rebinding))
        .isInstanceOf(SourceException.class).hasMessageContaining("refused");
  }

  @Provide
  Arbitrary<Integer> forms() {
    return Arbitraries.integers().between(0, 5);
  }

  @Provide
  Arbitrary<String> hosts() {
    Arbitrary<String> pieces = Arbitraries.of("[", "]", ":", "::", ".", "%", "%25", "0x7f", "127", "1", "ffff", "fe80",
        "localhost", "example.com", "\u0000", "\u00e9", "-", "@", "#", "/", "\\", " ", "2130706433", "017700000001", "v4", "1e100");
    return Arbitraries.oneOf(
        pieces.list().ofMinSize(0).ofMaxSize(12).map(list -> String.join("", list)),
        Arbitraries.strings().ofMaxLength(60));
  }

  @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
  void hostileHostStringsAreRefusedOrPassedNeverThrownOtherwise(@ForAll("hosts") String host) {
    try {
      AddressPolicy.check(host, LITERALS_ONLY);
      // passed: then it named only public addresses
      for (InetAddress address : LITERALS_ONLY.resolve(host.startsWith("[") && host.endsWith("]")
          ? host.substring(1, host.length() - 1) : host)) {
        assertThat(AddressPolicy.isPrivate(address)).as(host).isFalse();
      }
    } catch (SourceException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    } catch (UnknownHostException impossible) {
      throw new AssertionError("check passed a host its resolver does not know: " + host, impossible);
    }
  }
}
