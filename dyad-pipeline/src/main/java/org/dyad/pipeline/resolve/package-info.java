/**
 * Resolution: actor mentions to canonical actors (knowledge base + NER), temporal expressions to
 * normalised values, amounts to values with ISO 4217 units.
 */
package org.dyad.pipeline.resolve;
