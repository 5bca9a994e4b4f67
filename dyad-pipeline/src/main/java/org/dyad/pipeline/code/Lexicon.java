package org.dyad.pipeline.code;

import java.util.Set;

/**
 * The word classes the coder's rules read, each resolved from a {@link WordClasses} file when the
 * coder is built (so a missing class fails then, not when a rule first fires). The English words
 * live in {@code word-classes.txt}, which documents each class.
 */
record Lexicon(
    Set<String> lightVerbs,
    Set<String> announcingVerbs,
    Set<String> speechVerbs,
    Set<String> hypotheticalAuxiliaries,
    Set<String> futureAuxiliaries,
    Set<String> objectControlVerbs,
    Set<String> groupNouns,
    Set<String> armedNouns,
    Set<String> peopleNouns,
    Set<String> launchVerbs,
    Set<String> troopNouns,
    Set<String> timeWords,
    Set<String> purposeNouns,
    Set<String> endingVerbs,
    Set<String> criticalWords,
    Set<String> falsityWords,
    Set<String> opinionVerbs,
    Set<String> sportWords,
    Set<String> coAgentNouns,
    Set<String> affiliationWords,
    Set<String> issuingVerbs,
    Set<String> documentNouns,
    Set<String> proposingVerbs,
    Set<String> notAdoptingVerbs,
    Set<String> currencyNouns,
    Set<String> noComment,
    Set<String> saidNouns,
    Set<String> negators,
    Set<String> pronouns,
    Set<String> anaphoricPronouns,
    Set<String> malePronouns,
    Set<String> femalePronouns,
    Set<String> pluralPronouns,
    Set<String> copulaLike,
    Set<String> companyNouns,
    Set<String> partyNouns,
    Set<String> bodyNouns,
    Set<String> attackNouns,
    Set<String> reportingAdverbs,
    Set<String> privatePersonNouns,
    Set<String> conditionalAuxiliaries,
    Set<String> obligationAuxiliaries,
    Set<String> allegingVerbs,
    Set<String> allegingNouns,
    Set<String> denyingVerbs,
    Set<String> owningVerbs,
    Set<String> reportingVerbs,
    Set<String> complementizers,
    Set<String> unnamedArguments,
    Set<String> civilianActs,
    Set<String> futureEndings,
    Set<String> habitualUnits,
    Set<String> habitualDeterminers,
    Set<String> habitualAdverbs,
    Set<String> authoredNouns,
    Set<String> answeringVerbs) {

  /**
   * The CAMEO roots in which civilians, students, refugees and farmers may be the source
   * ({@code CIVILIAN_ACTS}, optional: protest, 14, when a file leaves the class out).
   */
  static final Set<String> CIVILIAN_ACTS = Set.of("14");

  /**
   * What the coder may infer where the text names no argument ({@code UNNAMED_ARGUMENTS}, optional;
   * all of them when a file leaves the class out): {@code place-target} (the place the event
   * happens in), {@code deep-target} (an actor deeper in the arguments), {@code domestic-target}
   * (the source's own country), {@code place-source} (the people of the place a crowd acted in).
   * {@code none} infers none of them.
   */
  static final Set<String> ALL_UNNAMED_ARGUMENTS = Set.of("place-target", "deep-target", "domestic-target",
      "place-source");

  /**
   * Whether {@code word} (as written, lower case) is a verb form of the simple future by its ending
   * ({@code FUTURE_ENDINGS}, optional: none in English, whose future is the auxiliary "will"): the
   * ending, written without accents, with its vowel after the r accented in the word.
   */
  boolean futureForm(String word) {
    String folded = org.dyad.pipeline.nlp.SpanishLemmatizer.fold(word);
    for (String ending : futureEndings) {
      if (folded.length() > ending.length() + 2 && folded.length() == word.length() && folded.endsWith(ending)) {
        int vowel = word.length() - ending.length() + 1; // the stressed vowel after the r: "protestarán", not "protestaran"
        if (word.charAt(vowel) != folded.charAt(vowel)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the coder may infer this kind of argument the text does not name. */
  boolean infers(String unnamedArgument) {
    return unnamedArguments.contains(unnamedArgument);
  }

  /** The English lexicon shipped with Dyad. */
  static Lexicon standard() {
    return from(WordClasses.standard());
  }

  /** The Spanish lexicon shipped with Dyad ({@code word-classes-es.txt}). */
  static Lexicon spanish() {
    return from(WordClasses.spanish());
  }

  /** The lexicon with the words of {@code classes}; every class must be defined there. */
  static Lexicon from(WordClasses classes) {
    return new Lexicon(
        classes.get("LIGHT_VERBS"),
        classes.get("ANNOUNCING_VERBS"),
        classes.get("SPEECH_VERBS"),
        classes.get("HYPOTHETICAL_AUXILIARIES"),
        classes.get("FUTURE_AUXILIARIES"),
        classes.get("OBJECT_CONTROL_VERBS"),
        classes.get("GROUP_NOUNS"),
        classes.get("ARMED_NOUNS"),
        classes.get("PEOPLE_NOUNS"),
        classes.get("LAUNCH_VERBS"),
        classes.get("TROOP_NOUNS"),
        classes.get("TIME_WORDS"),
        classes.get("PURPOSE_NOUNS"),
        classes.get("ENDING_VERBS"),
        classes.get("CRITICAL_WORDS"),
        classes.get("FALSITY_WORDS"),
        classes.get("OPINION_VERBS"),
        classes.get("SPORT_WORDS"),
        classes.get("CO_AGENT_NOUNS"),
        classes.get("AFFILIATION_WORDS"),
        classes.get("ISSUING_VERBS"),
        classes.get("DOCUMENT_NOUNS"),
        classes.get("PROPOSING_VERBS"),
        classes.get("NOT_ADOPTING_VERBS"),
        classes.get("CURRENCY_NOUNS"),
        classes.get("NO_COMMENT"),
        classes.get("SAID_NOUNS"),
        classes.get("NEGATORS"),
        classes.get("PRONOUNS"),
        classes.get("ANAPHORIC_PRONOUNS"),
        classes.get("MALE_PRONOUNS"),
        classes.get("FEMALE_PRONOUNS"),
        classes.get("PLURAL_PRONOUNS"),
        classes.get("COPULA_LIKE"),
        classes.get("COMPANY_NOUNS"),
        classes.get("PARTY_NOUNS"),
        classes.get("BODY_NOUNS"),
        classes.get("ATTACK_NOUNS"),
        classes.get("REPORTING_ADVERBS"),
        classes.get("PRIVATE_PERSON_NOUNS"),
        classes.get("CONDITIONAL_AUXILIARIES"),
        classes.get("OBLIGATION_AUXILIARIES"),
        classes.get("ALLEGING_VERBS"),
        classes.get("ALLEGING_NOUNS"),
        classes.get("DENYING_VERBS"),
        classes.get("OWNING_VERBS"),
        classes.get("REPORTING_VERBS"),
        classes.get("COMPLEMENTIZERS"),
        classes.getOrDefault("UNNAMED_ARGUMENTS", ALL_UNNAMED_ARGUMENTS),
        classes.getOrDefault("CIVILIAN_ACTS", CIVILIAN_ACTS),
        classes.getOrDefault("FUTURE_ENDINGS", Set.of()),
        classes.get("HABITUAL_UNITS"),
        classes.get("HABITUAL_DETERMINERS"),
        classes.get("HABITUAL_ADVERBS"),
        classes.getOrDefault("AUTHORED_NOUNS", Set.of()),
        classes.getOrDefault("ANSWERING_VERBS", Set.of()));
  }
}
