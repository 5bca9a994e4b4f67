package org.dyad.pipeline.knowledge;

import java.util.List;

/**
 * An organisation or group in the knowledge base.
 *
 * @param code CAMEO-style actor code (IGOEU, AFGINS, GBRNGORUS...)
 * @param kind "organization" or "group"
 * @param country ISO3 home country, or null for international bodies
 * @param sector CAMEO-style sector (IGO, INS, NGO, MED...)
 */
public record Organization(String code, String name, List<String> aliases, String kind, String country, String sector) {

  public Organization {
    aliases = List.copyOf(aliases);
  }

  public boolean isGroup() {
    return "group".equals(kind);
  }
}
