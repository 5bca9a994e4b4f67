package org.dyad.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * The Stanford CoreNLP default English pipeline, used only as a speed baseline by
 * {@code dyad bench}: the annotators {@link #ANNOTATORS} with CoreNLP's default options (SUTime,
 * numeric and fine-grained NER, the default coreference algorithm, quote attribution). Models
 * load in the constructor (several seconds and more than a gigabyte of heap).
 * {@link #annotate(String)} is safe to call from several threads.
 */
public final class CoreNlpDefaultBaseline {

  /** The annotators of the baseline, in CoreNLP's order. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  public CoreNlpDefaultBaseline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** Runs every baseline annotator on {@code text}; returns the number of tokens CoreNLP found. */
  public int annotate(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<?> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
