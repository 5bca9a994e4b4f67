/** Quotes: direct, partial and indirect, with the speaker resolved to an actor. */
package org.dyad.pipeline.quote;
