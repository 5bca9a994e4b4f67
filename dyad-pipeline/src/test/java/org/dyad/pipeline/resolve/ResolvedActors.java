package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;

/** Finding actors in a resolution by name or alias, for the resolver's tests. */
final class ResolvedActors {

  private ResolvedActors() {
  }

  /** The actors whose name or an alias is {@code name}, ignoring case. */
  static List<Actor> carrying(Resolution r, String name) {
    return r.actors().stream()
        .filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .toList();
  }

  /** The one actor carrying {@code name}; fails the test when there is none or more than one. */
  static Actor only(Resolution r, String name) {
    List<Actor> found = carrying(r, name);
    assertThat(found).as("actors carrying '%s' in %s", name, r.actors()).hasSize(1);
    return found.get(0);
  }
}
