package org.dyad.app.server;

/**
 * How the server listens and who may write.
 *
 * @param host the address to bind (127.0.0.1 by default)
 * @param port the TCP port (0 picks a free one)
 * @param token the API token writes require, or null: then every write is refused
 * @param allowPrivateUrls whether POST /api/ingest may fetch private or loopback addresses
 */
public record ServerConfig(String host, int port, String token, boolean allowPrivateUrls) {

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be given");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }
}
