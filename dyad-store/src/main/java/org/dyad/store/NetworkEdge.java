package org.dyad.store;

/** Events from one actor to another (of one QuadClass when asked), with their mentions and mean Goldstein score. */
public record NetworkEdge(ActorRef source, ActorRef target, int events, int mentions, double meanGoldstein) {}
