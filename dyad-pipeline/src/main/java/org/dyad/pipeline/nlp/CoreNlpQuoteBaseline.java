package org.dyad.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's own quote finding and attribution (QuoteAnnotator with its
 * QuoteAttributionAnnotator), the baseline Dyad's quotes are measured against.
 *
 * <p>Configuration: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
 * {@code quote.attributeQuotes=true}, statistical coref over dependency-based mention detection
 * ({@code coref.algorithm=statistical}, {@code coref.md.type=dependency}): the cheapest pipeline
 * with which CoreNLP 4.5.10 attributes quotes. Without coref the annotator refuses to start
 * (it requires CanonicalEntityMentionIndexAnnotation), and with requirements unenforced and
 * {@code quote.attribution.useCoref=false} it still reads the coref chains and fails. NER is the
 * 3-class CRF without SUTime or numeric classifiers, entity mentions on (attribution builds its
 * list of speakers from PERSON mentions). Not thread-safe per instance; one pipeline per
 * instance, built on first use.
 */
public final class CoreNlpQuoteBaseline {

  /**
   * One quote CoreNLP found: character span of the quote (marks included, as CoreNLP gives it),
   * the mention it linked the quote to, and the canonical mention of the speaker it chose; a
   * missing span is null.
   */
  public record BaselineQuote(int start, int end, int[] mention, int[] canonicalMention, String speaker) {}

  private StanfordCoreNLP pipeline;

  private StanfordCoreNLP pipeline() {
    if (pipeline == null) {
      Properties properties = new Properties();
      properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
      properties.setProperty("tokenize.language", "en");
      properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
      properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      properties.setProperty("ner.useSUTime", "false");
      properties.setProperty("ner.applyNumericClassifiers", "false");
      properties.setProperty("ner.applyFineGrained", "false");
      properties.setProperty("ner.combinationMode", "NORMAL");
      properties.setProperty("depparse.maxlen", String.valueOf(CoreNlpAnnotator.MAX_PARSE_TOKENS));
      properties.setProperty("quote.attributeQuotes", "true");
      properties.setProperty("coref.algorithm", "statistical");
      properties.setProperty("coref.md.type", "dependency");
      pipeline = new StanfordCoreNLP(properties);
    }
    return pipeline;
  }

  /** The quotes of one text, attributed as CoreNLP attributes them. */
  public List<BaselineQuote> quotes(String text) {
    Annotation document = new Annotation(text);
    pipeline().annotate(document);
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
    List<BaselineQuote> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    for (CoreMap quote : quotes) {
      int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int[] mention = span(tokens, quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      int[] canonical = span(tokens, quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
          quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      out.add(new BaselineQuote(start, end, mention, canonical,
          quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
    }
    return out;
  }

  /** Character span of document tokens [first, last] (inclusive token indexes), or null. */
  private static int[] span(List<CoreLabel> tokens, Integer first, Integer last) {
    if (first == null || last == null || first < 0 || last >= tokens.size() || last < first) {
      return null;
    }
    return new int[] {tokens.get(first).beginPosition(), tokens.get(last).endPosition()};
  }
}
