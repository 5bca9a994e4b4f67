/**
 * The knowledge Dyad owns: countries, organisations, groups, role nouns and places, loaded once
 * from the TSV files under {@code resources/org/dyad/knowledge/} ({@link
 * org.dyad.pipeline.knowledge.KnowledgeBase#builtIn()}, {@link
 * org.dyad.pipeline.knowledge.Gazetteer#shared()}), plus PETRARCH-format actor and agent
 * dictionaries a user brings ({@link org.dyad.pipeline.knowledge.KnowledgeBase#withDictionaries}).
 * Everything here is immutable and thread-safe.
 */
package org.dyad.pipeline.knowledge;
