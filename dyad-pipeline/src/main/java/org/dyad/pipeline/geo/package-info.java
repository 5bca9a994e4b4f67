/**
 * Where: a GeoNames gazetteer loaded once per JVM ({@link org.dyad.pipeline.geo.GeoGazetteer#shared()}),
 * toponyms found in a document ({@link org.dyad.pipeline.geo.ToponymFinder}) and resolved with the
 * article's own context ({@link org.dyad.pipeline.geo.ToponymResolver}), and the places of coded
 * events and of actors tied to a place ({@link org.dyad.pipeline.geo.EventPlaces}). Immutable and
 * thread-safe; nothing is fetched at run time.
 */
package org.dyad.pipeline.geo;
