/**
 * Event coding: CAMEO/PLOVER code tables, the predicate dictionary, and the coder over dependency
 * parses. {@link org.dyad.pipeline.code.EventCoder} is the entry point; everything else is
 * package-private.
 *
 * <p>The coder codes one sentence at a time through stages with one job each, sharing a
 * per-sentence {@code SentenceContext}: finding predicates ({@code PredicateFinder},
 * {@code PredicateMatcher}, {@code CodeRefinements}); assigning arguments ({@code ArgumentAssigner},
 * {@code SubjectFinder}, {@code SourceGuesses}, {@code TargetFallbacks}, over {@code ActorPhrases});
 * stance ({@code StanceReader}); date ({@code DateReader}); place ({@code PlaceReader}); the actor
 * gate ({@code ActorGate}, {@code PoliticalActors}: who may be a source); confidence
 * ({@code Confidence}, and the fitted {@code ConfidenceModel} over {@code EventFeatures}); emission
 * ({@code EventEmitter}); pronouns and definite descriptions referring back ({@code Anaphora}, run
 * over the article before the sentences are coded); and
 * the sentence-wide revisions ({@code PurposeClauses}, {@code Accusations} with
 * {@code ReportedAggression}). Workarounds for CoreNLP misparses live apart, in {@code ParseRepairs}
 * and {@code DayParticipleRepair}.
 *
 * <p>Data the package owns, each documented at the top of its file under
 * {@code resources/org/dyad/code/}: {@code predicates.txt}, the predicate dictionary (verb and noun
 * triggers with their CAMEO codes and options {@code obj=}, {@code prep=}, {@code target=},
 * {@code source=}, {@code notarget}, {@code active}/{@code passive}, {@code transitive}/
 * {@code intransitive}, the sense constraints {@code needs=} and {@code unless=}, and control words
 * with their classes); {@code confidence-model.tsv}, the confidence model's weights (fitted by
 * {@code dyad eval events --dataset articles --fit-confidence}); {@code word-classes.txt}, the
 * English words the rules read by class, one line per class ({@code CLASS word word ...}, read by
 * {@code WordClasses} into the {@code Lexicon}; an unknown class is an error when the coder is
 * built); and the CAMEO and PLOVER tables.
 */
package org.dyad.pipeline.code;
