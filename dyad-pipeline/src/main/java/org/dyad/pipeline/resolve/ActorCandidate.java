package org.dyad.pipeline.resolve;

import java.util.List;
import org.dyad.pipeline.knowledge.DictionaryActor;

/**
 * One actor mention found in a sentence, before mentions of one entity are merged.
 *
 * @param key merge key: mentions with one key are one actor; null for people (merged by name)
 * @param name the actor name this mention suggests (canonical for knowledge-base entities)
 * @param personName the tokens of a person's name, empty for other kinds
 * @param code a code this mention fixes (knowledge-base entities, IGO affiliations), or null
 * @param dictionary the dictionary actor this mention names (its codes may be dated), or null
 */
record ActorCandidate(
    int sentence,
    int firstToken,
    int endToken,
    int start,
    int end,
    String text,
    String key,
    String name,
    String kind,
    String country,
    String sector,
    String code,
    String role,
    List<String> personName,
    DictionaryActor dictionary) {

  ActorCandidate {
    personName = personName == null ? List.of() : List.copyOf(personName);
  }

  ActorCandidate(int sentence, int firstToken, int endToken, int start, int end, String text, String key, String name,
      String kind, String country, String sector, String code, String role, List<String> personName) {
    this(sentence, firstToken, endToken, start, end, text, key, name, kind, country, sector, code, role, personName,
        null);
  }

  boolean isPerson() {
    return "person".equals(kind) && key == null;
  }

  /** Carries a person's name (NER people), as opposed to a role phrase. */
  boolean isPersonLike() {
    return !personName.isEmpty();
  }

  ActorCandidate withKey(String newKey) {
    return new ActorCandidate(sentence, firstToken, endToken, start, end, text, newKey, name, kind, country, sector,
        code, role, personName, dictionary);
  }
}
