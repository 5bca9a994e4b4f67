package org.dyad.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.pipeline.extract.Article;

/**
 * Stanford CoreNLP configured for speed: tokenize, ssplit, pos, lemma, 3-class CRF NER (no
 * SUTime, no numeric or fine-grained NER: Dyad normalises times and amounts itself) and the
 * neural dependency parser. Sentences longer than {@link #MAX_PARSE_TOKENS} tokens are tagged
 * but not parsed. Paragraph breaks (a blank line) always end a sentence.
 */
final class CoreNlpAnnotator implements Annotator {

  static final int MAX_PARSE_TOKENS = 80;

  private static volatile CoreNlpAnnotator shared;

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  static CoreNlpAnnotator shared() {
    CoreNlpAnnotator local = shared;
    if (local == null) {
      synchronized (CoreNlpAnnotator.class) {
        local = shared;
        if (local == null) {
          local = new CoreNlpAnnotator();
          shared = local;
        }
      }
    }
    return local;
  }

  private CoreNlpAnnotator() {
    Properties tagging = new Properties();
    tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    tagging.setProperty("tokenize.language", "en");
    tagging.setProperty("ssplit.newlineIsSentenceBreak", "two");
    tagging.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    tagging.setProperty("ner.useSUTime", "false");
    tagging.setProperty("ner.applyNumericClassifiers", "false");
    tagging.setProperty("ner.applyFineGrained", "false");
    tagging.setProperty("ner.buildEntityMentions", "false");
    tagging.setProperty("ner.combinationMode", "NORMAL");
    tagging.setProperty("pos.maxlen", "200");
    tagging.setProperty("ner.maxlen", "200");
    this.tagger = new StanfordCoreNLP(tagging);
    Properties parsing = new Properties();
    parsing.setProperty("annotators", "depparse");
    parsing.setProperty("enforceRequirements", "false");
    parsing.setProperty("depparse.maxlen", String.valueOf(MAX_PARSE_TOKENS));
    this.parser = new StanfordCoreNLP(parsing);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation document = new Annotation(article.text());
    tagger.annotate(document);
    parser.annotate(document);
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (CoreMap coreSentence : coreSentences) {
      sentences.add(toSentence(sentences.size(), coreSentence));
    }
    return new AnnotatedArticle(article, sentences);
  }

  private static Sentence toSentence(int index, CoreMap coreSentence) {
    List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      String ner = label.ner();
      tokens.add(new Token(
          i,
          label.originalText(),
          label.beginPosition(),
          label.endPosition(),
          label.tag() == null ? "" : label.tag(),
          label.lemma() == null ? label.word() : label.lemma(),
          ner == null ? "O" : ner));
    }
    List<Dependency> dependencies = new ArrayList<>();
    SemanticGraph graph =
        coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
    if (graph != null && !graph.isEmpty()) {
      for (IndexedWord root : graph.getRoots()) {
        dependencies.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        dependencies.add(new Dependency(
            edge.getRelation().toString(), edge.getGovernor().index() - 1, edge.getDependent().index() - 1));
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, dependencies);
  }
}
