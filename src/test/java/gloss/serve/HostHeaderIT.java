package gloss.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview answers only to the host names it is served under, so that a web page which makes its
 * own name resolve to 127.0.0.1 (DNS rebinding) cannot read it: requests arrive at 127.0.0.1
 * whatever their Host header says, as they would after rebinding.
 */
class HostHeaderIT {
  static final String MISDIRECTED = "HTTP/1.1 421 Misdirected Request";
  static final String OK = "HTTP/1.1 200 OK";

  @TempDir Path dir;
  ServedSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void answersLocalhostAndLoopbackAddressesWithOrWithoutAPort() throws IOException {
    site = ServedSite.serve(dir, DevServerIT.SITE, "/", false);
    int port = site.server.port();
    for (String host :
        new String[] {
          "localhost",
          "localhost:" + port,
          "LOCALHOST:" + port,
          "127.0.0.1:" + port,
          "127.0.0.1",
          "127.1.2.3:" + port,
          "[::1]:" + port,
          "[::1]",
          "localhost.:8080"
        }) {
      assertThat(site.rawStatusLine("/", host)).as(host).isEqualTo(OK);
    }
  }

  @Test
  void refusesAnyOtherHostNameEvenOnTheRightPort() throws IOException {
    site = ServedSite.serve(dir, DevServerIT.SITE, "/", false);
    int port = site.server.port();
    for (String host :
        new String[] {
          "attacker.example:" + port,
          "attacker.example",
          "localhost.attacker.example:" + port,
          "127.0.0.1.attacker.example",
          "192.0.2.7:" + port
        }) {
      assertThat(site.rawStatusLine("/", host)).as(host).isEqualTo(MISDIRECTED);
    }
    assertThat(site.rawStatusLine("/__gloss/events", "attacker.example")).isEqualTo(MISDIRECTED);
  }

  @Test
  void answersTheHostNameItWasGiven() throws IOException {
    site = ServedSite.serveOn(dir, DevServerIT.SITE, "localhost");
    assertThat(site.rawStatusLine("/", "localhost:" + site.server.port())).isEqualTo(OK);
    assertThat(site.rawStatusLine("/", "attacker.example")).isEqualTo(MISDIRECTED);
  }

  @Test
  void onEveryNetworkAnswersTheMachinesOwnAddressesButNoName() throws IOException {
    Optional<InetAddress> lan = networkAddress();
    assumeThat(lan).as("this machine has a network address besides loopback").isPresent();
    site = ServedSite.serveOn(dir, DevServerIT.SITE, "0.0.0.0");
    int port = site.server.port();
    assertThat(site.rawStatusLine("/", lan.get().getHostAddress() + ":" + port)).isEqualTo(OK);
    assertThat(site.rawStatusLine("/", "0.0.0.0:" + port)).isEqualTo(OK);
    assertThat(site.rawStatusLine("/", "localhost:" + port)).isEqualTo(OK);
    assertThat(site.rawStatusLine("/", "203.0.113.9:" + port))
        .as("not this machine's")
        .isEqualTo(MISDIRECTED);
    assertThat(site.rawStatusLine("/", "attacker.example:" + port)).isEqualTo(MISDIRECTED);
  }

  private static Optional<InetAddress> networkAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }
}
