package org.dyad.store;

/** One actor across all documents: how many documents and mentions name it, and when it was first and last seen. */
public record ActorSummary(
    long id, String name, String kind, String country, String sector, String code,
    int documents, int mentions, int events, String firstSeen, String lastSeen) {

  public ActorRef ref() {
    return new ActorRef(id, name, code, country, kind);
  }
}
