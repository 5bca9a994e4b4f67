package org.dyad.pipeline.quote;

import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * A quote with the stretch of text its speaker was read from (the subject of the cue, the object
 * of "according to", a pronoun), for explanation and scoring.
 *
 * @param speakerEvidence where the speaker is named, or null when the quote has no speaker cue
 */
public record AttributedQuote(Quote quote, Span speakerEvidence) {}
