package org.dyad.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ExactFastClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.pipeline.extract.Article;

/**
 * Stanford CoreNLP configured for speed: tokenize, ssplit, pos, lemma, 3-class CRF NER (no
 * SUTime, no numeric or fine-grained NER: Dyad normalises times and amounts itself) and the
 * neural dependency parser. Every sentence is parsed, however long (the parser's time is linear in
 * the length; CoreNLP 4.5.10 ignores {@code depparse.maxlen}, so {@link #MAX_PARSE_TOKENS} limits
 * nothing). Paragraph breaks (a blank line) always end a sentence.
 *
 * <p>Speed (profiled with {@code dyad bench} under JFR; before these changes the parser took about
 * three quarters of the time, NER a tenth, the POS tagger 7%, every Dyad stage after annotation
 * together 4%):
 * <ul>
 *   <li>the parser is called directly and only the enhanced++ graph Dyad reads is built (CoreNLP's
 *       depparse annotator builds five graphs per sentence: collapsed, basic, CC-processed,
 *       enhanced and enhanced++; the conversions were 12% of the time);
 *   <li>the parser's cache of hidden-layer products for words outside its precomputed list holds
 *       {@link #PARSER_CACHE_ENTRIES} entries instead of CoreNLP's 5,000;
 *   <li>the parser scores transitions with {@link ExactFastClassifier}: CoreNLP's arithmetic in
 *       CoreNLP's order without its boxing, its lock (two parsing threads queued on it) and its
 *       per-product garbage; the parser's CPU time fell by about half.
 * </ul>
 * Neither changes a result: the same parser computes the same graph.
 *
 * <p>Parsing is lazy: a sentence is parsed (and its graph converted) when a stage first reads its
 * dependencies, at most once (see {@link Sentence#lazy}); the stages read them only for sentences
 * where a parse can change their result (an event trigger of the dictionary, a verb of saying, a
 * quotation, a time whose value depends on the tense). The parse is the one an eager parse gives,
 * so the output is the same; {@value #LAZY_PROPERTY}{@code =false} parses everything during
 * annotation. {@link ParseStatistics} counts what was parsed. With the system property
 * {@value #PREFILTER_PROPERTY}{@code =true}, sentences that cannot hold an event or a quote (no
 * verb, or no name, pronoun or quotation mark) are tagged but not parsed; it is off by default
 * because it saves little on news (about 8% of the tokens of BBC articles).
 */
final class CoreNlpAnnotator implements Annotator {

  /** Kept for callers that pass it as {@code depparse.maxlen}, which CoreNLP 4.5.10 ignores. */
  static final int MAX_PARSE_TOKENS = 80;
  /** Entries of the parser's cache of hidden-layer products (CoreNLP's default: 5,000). */
  static final int PARSER_CACHE_ENTRIES = 100_000;
  static final String PREFILTER_PROPERTY = "dyad.parse.prefilter";
  /** {@code -Ddyad.parse.fastScoring=false} parses with CoreNLP's own scoring code (same parses, slower). */
  static final String FAST_SCORING_PROPERTY = "dyad.parse.fastScoring";
  /** {@code -Ddyad.parse.lazy=false} parses every sentence during annotation (same output, slower). */
  static final String LAZY_PROPERTY = "dyad.parse.lazy";

  private static volatile CoreNlpAnnotator shared;

  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;
  private final StanfordCoreNLP parserAnnotator;
  private final boolean prefilter;
  private final boolean fastScoring;
  private final boolean lazy;

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
    this(Boolean.getBoolean(PREFILTER_PROPERTY), false);
  }

  /**
   * @param prefilter parse only the sentences {@link #mayHoldEventOrQuote} accepts
   * @param throughAnnotator parse with CoreNLP's depparse annotator (all five graphs) instead of
   *     calling the parser directly: slower, same result; for tests that check exactly that
   */
  CoreNlpAnnotator(boolean prefilter, boolean throughAnnotator) {
    this(prefilter, throughAnnotator, !"false".equals(System.getProperty(FAST_SCORING_PROPERTY)));
  }

  /** As above; {@code fastScoring} swaps in {@link ExactFastClassifier} (direct parsing only). */
  CoreNlpAnnotator(boolean prefilter, boolean throughAnnotator, boolean fastScoring) {
    this(prefilter, throughAnnotator, fastScoring, !"false".equals(System.getProperty(LAZY_PROPERTY)));
  }

  /**
   * As above; {@code lazy} parses a sentence when its dependencies are first read (direct parsing
   * only: through CoreNLP's annotator every sentence is parsed at once).
   */
  CoreNlpAnnotator(boolean prefilter, boolean throughAnnotator, boolean fastScoring, boolean lazy) {
    this.prefilter = prefilter;
    this.lazy = lazy && !throughAnnotator;
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
    Properties parserOptions = new Properties();
    parserOptions.setProperty("numCached", String.valueOf(PARSER_CACHE_ENTRIES));
    if (throughAnnotator) {
      Properties parsing = new Properties();
      parsing.setProperty("annotators", "depparse");
      parsing.setProperty("enforceRequirements", "false");
      parsing.setProperty("depparse.numCached", String.valueOf(PARSER_CACHE_ENTRIES));
      this.parserAnnotator = new StanfordCoreNLP(parsing);
      this.parser = null;
      this.fastScoring = false;
    } else {
      this.parserAnnotator = null;
      // A parser of its own (not CoreNLP's per-JVM cache of parsers, which its depparse annotator
      // shares), so that swapping in the exact fast scoring touches no other CoreNLP user.
      this.parser = new DependencyParser(parserOptions);
      parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
      this.fastScoring = fastScoring && ExactFastClassifier.install(parser);
    }
  }

  /** Whether the parser scores with {@link ExactFastClassifier} (same parses as CoreNLP's code). */
  boolean fastScoring() {
    return fastScoring;
  }

  /** Whether sentences are parsed when their dependencies are first read rather than all at once. */
  boolean lazy() {
    return lazy;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation document = new Annotation(article.text());
    tagger.annotate(document);
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    if (parserAnnotator != null) {
      // The annotator parses the sentence maps in place; the others stay unparsed.
      List<CoreMap> worthParsing = new ArrayList<>();
      for (CoreMap coreSentence : coreSentences) {
        if (!prefilter || mayHoldEventOrQuote(coreSentence.get(CoreAnnotations.TokensAnnotation.class))) {
          worthParsing.add(coreSentence);
          ParseStatistics.parsed(coreSentence.get(CoreAnnotations.TokensAnnotation.class).size());
        }
      }
      Annotation subset = new Annotation(article.text());
      subset.set(CoreAnnotations.SentencesAnnotation.class, worthParsing);
      parserAnnotator.annotate(subset);
      for (CoreMap coreSentence : coreSentences) {
        SemanticGraph graph =
            coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
          graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        List<Token> tokens = tokens(coreSentence);
        ParseStatistics.annotated(tokens.size());
        sentences.add(sentence(sentences.size(), tokens, dependencies(graph)));
      }
      return new AnnotatedArticle(article, sentences);
    }
    for (CoreMap coreSentence : coreSentences) {
      List<Token> tokens = tokens(coreSentence);
      ParseStatistics.annotated(tokens.size());
      int index = sentences.size();
      if (prefilter && !mayHoldEventOrQuote(coreSentence.get(CoreAnnotations.TokensAnnotation.class))) {
        sentences.add(sentence(index, tokens, List.of()));
      } else if (lazy) {
        int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        sentences.add(Sentence.lazy(index, start, end, tokens, () -> parse(coreSentence)));
      } else {
        sentences.add(sentence(index, tokens, parse(coreSentence)));
      }
    }
    return new AnnotatedArticle(article, sentences);
  }

  /** The enhanced++ edges of one tagged sentence, straight from the parser. */
  private List<Dependency> parse(CoreMap coreSentence) {
    GrammaticalStructure structure = parser.predict(coreSentence);
    SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    ParseStatistics.parsed(coreSentence.get(CoreAnnotations.TokensAnnotation.class).size());
    return dependencies(graph);
  }

  /**
   * The cheap lexical test of the prefilter: a verb (or modal) and a possible participant (a
   * named entity, a proper noun, a pronoun) or a quotation mark.
   */
  static boolean mayHoldEventOrQuote(List<CoreLabel> labels) {
    boolean verb = false;
    boolean participant = false;
    for (CoreLabel label : labels) {
      String tag = label.tag() == null ? "" : label.tag();
      verb |= tag.startsWith("VB") || tag.equals("MD");
      String ner = label.ner();
      participant |= (ner != null && !ner.equals("O")) || tag.startsWith("NNP") || tag.startsWith("PRP")
          || tag.startsWith("WP") || tag.equals("``") || tag.equals("''") || isQuotationMark(label.word());
    }
    return verb && participant;
  }

  private static boolean isQuotationMark(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if ("\"'`\u2018\u2019\u201c\u201d\u00ab\u00bb".indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static List<Token> tokens(CoreMap coreSentence) {
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
    return tokens;
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    List<Dependency> dependencies = new ArrayList<>();
    if (graph != null && !graph.isEmpty()) {
      for (IndexedWord root : graph.getRoots()) {
        dependencies.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        dependencies.add(new Dependency(
            edge.getRelation().toString(), edge.getGovernor().index() - 1, edge.getDependent().index() - 1));
      }
      for (IndexedWord root : graph.getRoots()) {
        if (isQuotationMark(root.originalText() == null ? root.word() : root.originalText())) {
          dependencies = rerooted(dependencies, root.index() - 1);
        }
      }
    }
    return dependencies;
  }

  /**
   * A sentence that opens with a quotation mark is often parsed with the mark as its root and the
   * clause below it as a bare {@code dep} ("\"We have the lowest level ...\""): the clause's verb
   * becomes the root again, the mark its punctuation, and any further clause hung on the mark a
   * {@code parataxis} of the first, so that clause heads, subjects and speech verbs are found.
   */
  static List<Dependency> rerooted(List<Dependency> dependencies, int mark) {
    int clause = -1;
    for (Dependency d : dependencies) {
      if (d.governor() == mark && d.relation().equals("dep")) {
        clause = d.dependent();
        break;
      }
    }
    if (clause < 0) {
      return dependencies;
    }
    List<Dependency> out = new ArrayList<>(dependencies.size());
    for (Dependency d : dependencies) {
      if (d.relation().equals("root") && d.dependent() == mark) {
        out.add(new Dependency("root", -1, clause));
        out.add(new Dependency("punct", clause, mark));
      } else if (d.governor() == mark && d.dependent() == clause) {
        continue;
      } else if (d.governor() == mark) {
        boolean attachedElsewhere = false;
        for (Dependency other : dependencies) {
          attachedElsewhere |= other.dependent() == d.dependent() && other.governor() != mark;
        }
        if (!attachedElsewhere) {
          out.add(new Dependency(d.relation().equals("dep") ? "parataxis" : d.relation(), clause, d.dependent()));
        }
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static Sentence sentence(int index, List<Token> tokens, List<Dependency> dependencies) {
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, dependencies);
  }
}
