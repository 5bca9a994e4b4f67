package org.dyad.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ExactFastClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.pipeline.extract.Article;

/**
 * Stanford CoreNLP's Spanish models (the {@code models-spanish} jar of the same CoreNLP version):
 * tokenize (with multi-word tokens split: "permitirlo" is "permitir" + "lo"), ssplit, the
 * universal POS tagger, the AnCora 4-class CRF NER (PERSON, ORGANIZATION, LOCATION, MISC) and the
 * neural dependency parser trained on UD Spanish; lemmas from {@link SpanishLemmatizer}, Penn tags
 * from {@link SpanishTags}, relations enhanced by {@link SpanishRelations}. Sentences are parsed
 * lazily, as the English annotator does. The models load when the first Spanish document comes
 * (a JVM that reads only English never loads them), once per JVM.
 *
 * <p>A token split from a multi-word token keeps the whole written word's offsets and carries its
 * own word as text ("permitir" and "lo" both point at "permitirlo").
 */
final class SpanishAnnotator implements Annotator {

  static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz";

  private static volatile SpanishAnnotator shared;

  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;
  private final SpanishLemmatizer lemmatizer = SpanishLemmatizer.shared();
  private final SpanishRelations relations = SpanishRelations.shared();

  static SpanishAnnotator shared() {
    SpanishAnnotator local = shared;
    if (local == null) {
      synchronized (SpanishAnnotator.class) {
        local = shared;
        if (local == null) {
          local = new SpanishAnnotator();
          shared = local;
        }
      }
    }
    return local;
  }

  /** Whether the Spanish models were loaded in this JVM (for tests of lazy loading). */
  static boolean loaded() {
    return shared != null;
  }

  private SpanishAnnotator() {
    Properties tagging = new Properties();
    tagging.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    tagging.setProperty("tokenize.language", "es");
    tagging.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv");
    tagging.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger");
    tagging.setProperty("ssplit.newlineIsSentenceBreak", "two");
    tagging.setProperty("ner.model", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");
    tagging.setProperty("ner.language", "es");
    tagging.setProperty("ner.useSUTime", "false");
    tagging.setProperty("ner.applyNumericClassifiers", "false");
    tagging.setProperty("ner.applyFineGrained", "false");
    tagging.setProperty("ner.buildEntityMentions", "false");
    tagging.setProperty("ner.combinationMode", "NORMAL");
    tagging.setProperty("pos.maxlen", "200");
    tagging.setProperty("ner.maxlen", "200");
    this.tagger = new StanfordCoreNLP(tagging);
    Properties parserOptions = new Properties();
    parserOptions.setProperty("language", "Spanish");
    parserOptions.setProperty("numCached", String.valueOf(CoreNlpAnnotator.PARSER_CACHE_ENTRIES));
    this.parser = new DependencyParser(parserOptions);
    parser.loadModelFile(PARSER_MODEL);
    ExactFastClassifier.install(parser);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    Annotation document = new Annotation(withoutShouting(text));
    tagger.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap coreSentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = tokens(coreSentence, text);
      ParseStatistics.annotated(tokens.size());
      int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
      int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
      sentences.add(Sentence.lazy(sentences.size(), start, end, tokens, () -> parse(coreSentence, tokens)));
    }
    return new AnnotatedArticle(article, sentences);
  }

  private List<Dependency> parse(CoreMap coreSentence, List<Token> tokens) {
    GrammaticalStructure structure = parser.predict(coreSentence);
    ParseStatistics.parsed(tokens.size());
    List<Dependency> basic = new ArrayList<>();
    for (TypedDependency d : structure.typedDependencies()) {
      int governor = d.gov().index() - 1;
      int dependent = d.dep().index() - 1;
      String relation = d.reln().toString();
      basic.add(relation.equals("root") ? new Dependency("root", -1, dependent) : new Dependency(relation, governor, dependent));
    }
    return relations.enhance(tokens, basic);
  }

  /**
   * The text with each line written in capitals (a wire headline: "GUERRILLA DINAMITA DOS
   * TORRES") in lower case but for its first letter, for the tagger, the recogniser and the parser,
   * which read capitals as names; same length, so offsets hold, and the tokens keep the words as
   * written.
   */
  static String withoutShouting(String text) {
    StringBuilder out = null;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (isShouting(text, lineStart, lineEnd)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        boolean first = true;
        for (int i = lineStart; i < lineEnd; i++) {
          char c = text.charAt(i);
          if (Character.isLetter(c)) {
            out.setCharAt(i, first ? c : Character.toLowerCase(c));
            first = false;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? text : out.toString();
  }

  /** At least four words, and three in four letters capitals. */
  private static boolean isShouting(String text, int from, int to) {
    int upper = 0;
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return words >= 4 && upper * 4 >= letters * 3;
  }

  /** Forms of "ser" that make a following participle passive ("fue", "fueron", "ha sido", "será"). */
  private static final java.util.Set<String> SER_FORMS = java.util.Set.of("fue", "fueron", "es", "son", "era", "eran",
      "sido", "sera", "seran", "sea", "sean", "fuera", "fueran", "fuese", "fuesen", "seria", "serian", "ser");

  /**
   * Whether the adjective at {@code i} is the participle of a "ser" passive: a regular or irregular
   * participle of a verb the lemmatizer knows, right after a form of "ser" (an adverb may stand
   * between: "fue brutalmente asesinado").
   */
  boolean passiveParticiple(List<CoreLabel> labels, int i, String word) {
    String folded = SpanishLemmatizer.fold(word);
    if (!folded.matches(".*(ad|id)(o|a|os|as)") && !SpanishTags.isIrregularParticiple(folded)) {
      return false;
    }
    int before = i - 1;
    if (before >= 0 && "ADV".equals(labels.get(before).tag())) {
      before--;
    }
    if (before < 0 || !SER_FORMS.contains(SpanishLemmatizer.fold(labels.get(before).word()))) {
      return false;
    }
    return lemmatizer.isKnownVerb(lemmatizer.lemma(word, "VERB"));
  }

  private List<Token> tokens(CoreMap coreSentence, String articleText) {
    List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      String text = label.isMWT() ? label.word()
          : articleText.substring(label.beginPosition(), label.endPosition());
      String upos = label.tag() == null ? "X" : label.tag();
      if (upos.equals("ADJ") && passiveParticiple(labels, i, text)) {
        upos = "VERB"; // "fue secuestrado por guerrilleros": the participle of a passive, tagged as an adjective
      }
      String lemma = lemmatizer.lemma(text, upos);
      String ner = label.ner();
      tokens.add(new Token(i, text, label.beginPosition(), label.endPosition(), SpanishTags.penn(upos, text, lemma), lemma,
          ner == null ? "O" : ner));
    }
    return tokens;
  }
}
