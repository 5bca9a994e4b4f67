/**
 * Quotes: direct, partial and indirect, each with the speaker resolved to an actor. Entry point
 * {@link org.dyad.pipeline.quote.QuoteExtractor}; it reads the parsed sentences and the actor
 * mentions of a {@link org.dyad.pipeline.resolve.ResolvedArticle} and the word lists beside this
 * package (verbs of saying, belief and message; role and person nouns; given names), all written
 * for Dyad.
 */
package org.dyad.pipeline.quote;
