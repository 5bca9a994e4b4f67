/**
 * Linguistic annotation. The only package that imports Stanford CoreNLP: it hands typed records
 * ({@link org.dyad.pipeline.nlp.Sentence}, {@link org.dyad.pipeline.nlp.Token},
 * {@link org.dyad.pipeline.nlp.Dependency}) onward. Models load once per JVM.
 */
package org.dyad.pipeline.nlp;
