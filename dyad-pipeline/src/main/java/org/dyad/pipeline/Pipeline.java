package org.dyad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dyad.model.Actor;
import org.dyad.model.Amount;
import org.dyad.model.Confidence;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.extract.HtmlExtractor;
import org.dyad.pipeline.extract.LanguageGuess;
import org.dyad.pipeline.extract.PlainTextCleaner;
import org.dyad.pipeline.extract.TextDecoder;
import org.dyad.pipeline.geo.EventPlaces;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.quote.QuoteExtractor;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.resolve.AmountExtractor;
import org.dyad.pipeline.resolve.EventActorCodes;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;
import org.dyad.pipeline.resolve.TimeNormalizer;
import org.dyad.pipeline.source.RawDocument;

/**
 * The whole pipeline, one document at a time: {@code RawDocument → Article → AnnotatedArticle →
 * ResolvedArticle → DocumentRecord}. Thread-safe; create one and share it (models load once per
 * JVM). The record keeps the events of at least {@link #minConfidence()} (event ids are given before
 * that cut, so an event keeps its id whatever the minimum).
 */
public final class Pipeline {

  /** Larger raw inputs are refused: no news page needs more. */
  public static final int MAX_INPUT_BYTES = 60 * 1024 * 1024;
  /** Cleaned text longer than this is refused as not one news article. */
  public static final int MAX_TEXT_CHARS = 400_000;
  /**
   * Text with a longer stretch without a sentence end (. ! ? or a line break) is refused as not
   * article prose: CoreNLP spends minutes on such a "sentence" (a 400,000-character one ran past a
   * 90 s budget), and no news sentence comes near it.
   */
  public static final int MAX_SENTENCE_CHARS = 20_000;
  /**
   * Time one document may take (extraction, or annotation to coding), after which it is cut off
   * with a diagnostic. Overridden by the system property {@code dyad.documentSeconds}.
   */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(120);

  /**
   * Runs each document's stages so the caller can stop waiting after the budget; daemon threads,
   * created as needed, so a stage that ignores interruption can't keep the JVM alive.
   */
  private static final ExecutorService BUDGETED = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "dyad-document");
    thread.setDaemon(true);
    return thread;
  });

  private final Annotator annotator;
  private final PlainTextCleaner cleaner = new PlainTextCleaner();
  private final HtmlExtractor htmlExtractor = new HtmlExtractor();
  private final ActorResolver actorResolver;
  private final TimeNormalizer timeNormalizer = new TimeNormalizer();
  private final AmountExtractor amountExtractor = new AmountExtractor();
  private final EventCoder eventCoder;
  private final QuoteExtractor quoteExtractor = new QuoteExtractor();
  private final Duration timeBudget;
  private final double minConfidence;
  /** The English stages (the ones given to the constructor). */
  private final Reading english;
  /** The Spanish stages, built when the first Spanish document comes (shared by {@link #withMinConfidence}). */
  private final SpanishReading spanish;

  public Pipeline() {
    this(Annotator.shared(), new ActorResolver(), new EventCoder());
  }

  public Pipeline(Annotator annotator, ActorResolver actorResolver, EventCoder eventCoder) {
    this(annotator, actorResolver, eventCoder, configuredTimeBudget());
  }

  /** As above with a time budget per document (positive). */
  public Pipeline(Annotator annotator, ActorResolver actorResolver, EventCoder eventCoder, Duration timeBudget) {
    this(annotator, actorResolver, eventCoder, timeBudget, Confidence.DEFAULT_MINIMUM);
  }

  private Pipeline(Annotator annotator, ActorResolver actorResolver, EventCoder eventCoder, Duration timeBudget,
      double minConfidence) {
    this(annotator, actorResolver, eventCoder, timeBudget, minConfidence, null);
  }

  private Pipeline(Annotator annotator, ActorResolver actorResolver, EventCoder eventCoder, Duration timeBudget,
      double minConfidence, SpanishReading spanish) {
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive, not " + timeBudget);
    }
    this.annotator = annotator;
    this.actorResolver = actorResolver;
    this.eventCoder = eventCoder;
    this.timeBudget = timeBudget;
    this.minConfidence = Confidence.checked(minConfidence);
    this.english = new Reading(annotator, actorResolver, timeNormalizer, amountExtractor, eventCoder, quoteExtractor);
    this.spanish = spanish != null ? spanish : new SpanishReading(actorResolver, eventCoder);
  }

  /**
   * The stages that read one language: annotation, actors, times, amounts, events, quotes. The
   * stages after annotation are the same code for every language; only their lexicons differ.
   */
  private record Reading(Annotator annotator, ActorResolver actors, TimeNormalizer times, AmountExtractor amounts,
      EventCoder events, QuoteExtractor quotes) {}

  /**
   * The Spanish stages, made from the English ones' configuration (the same user dictionaries,
   * the same gazetteer) when first needed: a run that reads only English never loads the Spanish
   * models.
   */
  private static final class SpanishReading {
    private final ActorResolver englishActors;
    private final EventCoder englishEvents;
    private volatile Reading reading;

    SpanishReading(ActorResolver englishActors, EventCoder englishEvents) {
      this.englishActors = englishActors;
      this.englishEvents = englishEvents;
    }

    Reading get() {
      Reading local = reading;
      if (local == null) {
        synchronized (this) {
          local = reading;
          if (local == null) {
            local = new Reading(Annotator.spanish(), englishActors.inSpanish(), TimeNormalizer.spanish(),
                AmountExtractor.spanish(), englishEvents.inSpanish(), QuoteExtractor.spanish());
            reading = local;
          }
        }
      }
      return local;
    }
  }

  /**
   * This pipeline, sharing its models, keeping only the events of at least this confidence (0
   * keeps every event the coder finds). The default is {@link Confidence#DEFAULT_MINIMUM}: what
   * users see unless they ask for more.
   */
  public Pipeline withMinConfidence(double minimum) {
    return new Pipeline(annotator, actorResolver, eventCoder, timeBudget, minimum, spanish);
  }

  public double minConfidence() {
    return minConfidence;
  }

  public Duration timeBudget() {
    return timeBudget;
  }

  /** Runs every stage on one document. */
  public DocumentRecord process(RawDocument raw) throws UnreadableInputException {
    return process(extract(raw));
  }

  /** Runs annotation, resolution and coding on an already extracted article. */
  public DocumentRecord process(Article article) throws UnreadableInputException {
    if (article.text().isBlank()) {
      throw new UnreadableInputException(article.source() + ": no article text found");
    }
    if (article.text().length() > MAX_TEXT_CHARS) {
      throw new UnreadableInputException(article.source() + ": " + article.text().length()
          + " characters of text after cleaning; one news article is at most " + MAX_TEXT_CHARS);
    }
    int longest = longestRunWithoutSentenceEnd(article.text());
    if (longest > MAX_SENTENCE_CHARS) {
      throw new UnreadableInputException(article.source() + ": a stretch of " + longest
          + " characters without a sentence end; not article prose (at most " + MAX_SENTENCE_CHARS + ")");
    }
    String language = readingLanguage(article);
    if (language == null) {
      // Dyad's models read English and Spanish: a record of another language keeps its text and
      // metadata, with no actors, events or quotes rather than wrong ones
      return assemble(new ResolvedArticle(new AnnotatedArticle(article, List.of()),
          new Resolution(List.of(), List.of()), List.of(), List.of(), publishedDate(article.published())), List.of(), List.of());
    }
    Article read = language.equals(SPANISH) && !SPANISH.equals(article.language()) ? article.withLanguage(SPANISH) : article;
    return withinBudget(article.source(), () -> {
      Reading reading = language.equals(SPANISH) ? spanish.get() : english;
      AnnotatedArticle annotated = reading.annotator().annotate(read);
      checkNotInterrupted();
      ResolvedArticle resolved = resolve(annotated, reading);
      checkNotInterrupted();
      List<Event> events = EventActorCodes.apply(resolved, reading.events().code(resolved)).stream()
          .filter(event -> event.confidence() >= minConfidence).toList();
      // where: each event's place from its clause, sentence or dateline; actors tied to a place
      List<Actor> actors = EventPlaces.shared().placeActors(resolved, resolved.resolution().actors());
      events = EventPlaces.withActorPlaces(EventPlaces.shared().placeEvents(resolved, events), actors);
      checkNotInterrupted();
      List<Quote> quotes = reading.quotes().find(resolved);
      return assemble(resolved, actors, events, quotes);
    });
  }

  /** The ISO 639-1 code of Spanish, the language Dyad reads besides English. */
  public static final String SPANISH = "es";
  /** The ISO 639-1 code of English. */
  public static final String ENGLISH = "en";

  /** The extraction stage alone: bytes to clean text and metadata. */
  public Article extract(RawDocument raw) throws UnreadableInputException {
    if (raw.content().length > MAX_INPUT_BYTES) {
      throw new UnreadableInputException(raw.source() + ": " + (raw.content().length / (1024 * 1024))
          + " MB is more than the " + (MAX_INPUT_BYTES / (1024 * 1024)) + " MB a document may have");
    }
    return withinBudget(raw.source(), () -> {
      String decoded = TextDecoder.decode(raw.content(), raw.declaredCharset(), raw.source());
      checkNotInterrupted();
      Article article = raw.looksLikeHtml() ? htmlExtractor.extract(raw, decoded) : cleaner.clean(decoded, raw.source());
      if (raw.published() != null) {
        article = article.withPublished(raw.published().toString());
      }
      return article;
    });
  }

  /** A stage of one document, which may throw the pipeline's checked exception. */
  @FunctionalInterface
  private interface Stage<T> {
    T run() throws UnreadableInputException;
  }

  /**
   * Runs a stage on a worker thread and waits at most the time budget; past it the worker is
   * interrupted (CoreNLP and the stages here check for it) and the document is refused with a
   * diagnostic, so a pathological document never hangs the caller.
   */
  private <T> T withinBudget(String source, Stage<T> stage) throws UnreadableInputException {
    Future<T> future = BUDGETED.submit((Callable<T>) stage::run);
    try {
      return future.get(timeBudget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new UnreadableInputException(source + ": processing exceeded the " + describe(timeBudget)
          + " budget per document; cut off");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableInputException(source + ": interrupted before processing finished", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnreadableInputException unreadable) {
        throw new UnreadableInputException(unreadable.getMessage(), unreadable);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  static int longestRunWithoutSentenceEnd(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '\u3002') {
        run = 0;
      } else if (++run > longest) {
        longest = run;
      }
    }
    return longest;
  }

  private static void checkNotInterrupted() throws UnreadableInputException {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableInputException("processing was cut off");
    }
  }

  private static String describe(Duration budget) {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }

  private static Duration configuredTimeBudget() {
    String seconds = System.getProperty("dyad.documentSeconds");
    if (seconds == null || seconds.isBlank()) {
      return DEFAULT_TIME_BUDGET;
    }
    try {
      long value = Long.parseLong(seconds.trim());
      return value > 0 ? Duration.ofSeconds(value) : DEFAULT_TIME_BUDGET;
    } catch (NumberFormatException e) {
      return DEFAULT_TIME_BUDGET;
    }
  }

  /**
   * Whether the text is English, which the NLP models read: the text's own guess decides, the
   * declared language only when the text gives no clear answer (pages often declare a wrong one).
   */
  public static boolean readsAsEnglish(Article article) {
    return ENGLISH.equals(readingLanguage(article));
  }

  /**
   * The language Dyad reads the article in, {@link #ENGLISH} or {@link #SPANISH}, or null for a
   * language it does not read. The detector's sure answer decides; when it is unsure (a sentence,
   * a headline) a declared English or Spanish decides, else the likelier of the two; a text too
   * short to guess is read as declared, English when nothing is declared.
   */
  public static String readingLanguage(Article article) {
    LanguageGuess.Detection detected = LanguageGuess.detect(article.text());
    String declared = article.language();
    String language;
    if (detected == null) {
      language = declared == null ? ENGLISH : declared;
    } else if (detected.sure() || !(LanguageGuess.isEnglish(declared) || LanguageGuess.isSpanish(declared))) {
      language = detected.language();
    } else {
      language = declared;
    }
    if (LanguageGuess.isEnglish(language)) {
      return ENGLISH;
    }
    return LanguageGuess.isSpanish(language) ? SPANISH : null;
  }

  public ResolvedArticle resolve(AnnotatedArticle annotated) {
    return resolve(annotated, english);
  }

  private static ResolvedArticle resolve(AnnotatedArticle annotated, Reading reading) {
    LocalDate anchor = publishedDate(annotated.article().published());
    Resolution resolution = reading.actors().resolve(annotated);
    List<TimeExpression> times = reading.times().find(annotated, anchor);
    List<Amount> amounts = reading.amounts().find(annotated);
    return new ResolvedArticle(annotated, resolution, times, amounts, anchor, EventPlaces.shared().toponyms(annotated));
  }

  static DocumentRecord assemble(ResolvedArticle resolved, List<Event> events, List<Quote> quotes) {
    return assemble(resolved, resolved.resolution().actors(), events, quotes);
  }

  static DocumentRecord assemble(ResolvedArticle resolved, List<Actor> actors, List<Event> events, List<Quote> quotes) {
    Article article = resolved.annotated().article();
    DocumentInfo info = new DocumentInfo(
        sha256(article.text()),
        article.source(),
        article.url(),
        article.title(),
        article.authors(),
        article.published(),
        article.outlet(),
        article.language(),
        article.text(),
        article.removed());
    return new DocumentRecord(DocumentRecord.SCHEMA, info, actors, events, quotes, resolved.amounts(), resolved.times(),
        resolved.toponyms().isEmpty() ? List.of() : EventPlaces.shared().locations(article.text(), resolved.toponyms()));
  }

  /** The calendar day of an ISO date or instant, or null when absent or unreadable. */
  public static LocalDate publishedDate(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
