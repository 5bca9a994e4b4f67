package org.dyad.pipeline.code;

/** Temporary switches for measuring coder changes one at a time (-Ddyad.experiments=a,b). */
final class Experiments {
  private static final java.util.Set<String> ON = java.util.Set.of(System.getProperty("dyad.experiments", "").split(","));

  private Experiments() {}

  static boolean on(String name) {
    return ON.contains(name);
  }
}
