package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments found for one trigger: its sources and targets (actor ids), the rule notes of how
 * they were found ("+controller", "+deep-target") and the confidence the rule reached so far.
 */
record Arguments(List<String> sources, List<String> targets, String how, double confidence) {

  /** The ids in order, each once, without nulls. */
  static List<String> distinct(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (id != null && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
