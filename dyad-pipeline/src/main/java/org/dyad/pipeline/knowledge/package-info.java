/**
 * The knowledge Dyad owns: countries, organisations, groups, role nouns and places, loaded from
 * data files under {@code resources/org/dyad/knowledge/}.
 */
package org.dyad.pipeline.knowledge;
