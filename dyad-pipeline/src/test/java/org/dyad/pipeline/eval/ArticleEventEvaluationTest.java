package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.pipeline.eval.ArticleGold.GoldActor;
import org.dyad.pipeline.eval.ArticleGold.GoldEvent;
import org.dyad.pipeline.eval.ArticleGold.GoldPlace;
import org.junit.jupiter.api.Test;

class ArticleEventEvaluationTest {

  // the text the annotators read; the cleaned document text below differs in whitespace
  private static final String GOLD_TEXT = "Ministers meet\n\nThe   Norwegian foreign minister visited Warsaw on Monday.\n"
      + "Norway urged Poland to reopen the border. The team won its match.";
  private static final String DOCUMENT = "Ministers meet\n\nThe Norwegian foreign minister visited Warsaw on Monday.\n"
      + "Norway urged Poland to reopen the border. The team won its match.";

  private static final Actor NORWAY = new Actor("a1", "Norway", List.of("Norwegian"), "country", "NOR", null, "NOR", null, List.of());
  private static final Actor POLAND = new Actor("a2", "Poland", List.of("Warsaw"), "country", "POL", null, "POL", null, List.of());
  private static final Actor MINISTER = new Actor("a3", "Norwegian foreign minister", List.of(), "person", "NOR", "GOV",
      "NORGOV", "foreign minister", List.of());
  private static final Actor TEAM = new Actor("a4", "team", List.of(), "group", null, null, null, null, List.of());

  private static int at(String text, String word) {
    return text.indexOf(word);
  }

  private static Event coded(String id, String cameo, String source, String target, String trigger, boolean negated,
      String modality, double confidence) {
    int t = at(DOCUMENT, trigger);
    int start = DOCUMENT.lastIndexOf('\n', t) + 1;
    int dot = DOCUMENT.indexOf('.', t);
    int end = dot + 1;
    return new Event(id, cameo, "name", null, 1, 0, source, target, new Span(t, t + trigger.length(), trigger), negated,
        modality, "2024-01-08", "Monday", new Location("Warsaw", "POL", null, null), 0,
        new Span(start, end, DOCUMENT.substring(start, end)), confidence, "rule");
  }

  private static DocumentRecord record(Event... events) {
    DocumentInfo info = new DocumentInfo("id", "test", null, null, List.of(), null, null, "en", DOCUMENT, List.of());
    return new DocumentRecord(DocumentRecord.SCHEMA, info, List.of(NORWAY, POLAND, MINISTER, TEAM), List.of(events),
        List.of(), List.of(), List.of());
  }

  private static GoldEvent gold(String sentenceStartWord, String trigger, GoldActor source, GoldActor target, String cameo,
      boolean negated, String modality) {
    int t = at(GOLD_TEXT, trigger);
    int start = GOLD_TEXT.lastIndexOf('\n', t) + 1;
    if (sentenceStartWord != null) {
      start = at(GOLD_TEXT, sentenceStartWord);
    }
    int end = GOLD_TEXT.indexOf('.', t) + 1;
    return new GoldEvent(start, end, t, t + trigger.length(), trigger, source, target, cameo, negated, modality,
        "2024-01-08", "on Monday", new GoldPlace("Warsaw", "POL"));
  }

  private static ArticleGold article(String category, GoldEvent... events) {
    return new ArticleGold("test", "bbc", "politics/1.txt", category, null, "x", "A", List.of(events));
  }

  private static final GoldEvent VISIT = gold(null, "visited", new GoldActor("Norwegian foreign minister Jan Berg", "NORGOV"),
      new GoldActor("Poland", "POL"), "042", false, "asserted");
  private static final GoldEvent APPEAL = gold("Norway urged", "urged", new GoldActor("Norway", "NOR"), new GoldActor("Poland", "POL"),
      "020", false, "asserted");
  private static final GoldEvent REOPEN = gold("Norway urged", "reopen", new GoldActor("Poland", "POL"), null, "080", false,
      "requested");

  @Test
  void aCodedEventMatchesOnSentenceRootSourceTargetAndNegation() {
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("political", VISIT, APPEAL, REOPEN), GOLD_TEXT, record(
        coded("e1", "042", "a3", "a2", "visited", false, "asserted", 0.9),
        coded("e2", "023", "a1", "a2", "urged", false, "asserted", 0.8)));
    EventScore score = evaluation.score();
    assertThat(score.truePositives()).isEqualTo(2);
    assertThat(score.predicted()).isEqualTo(2);
    assertThat(score.gold()).isEqualTo(3);
    assertThat(score.line()).isEqualTo("events articles F1 0.800 P 1.000 R 0.667 n=1");
  }

  @Test
  void aWrongTargetOrNegationIsNoMatchButTheEventIsStillReal() {
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("political", VISIT, APPEAL), GOLD_TEXT, record(
        coded("e1", "042", "a3", "a1", "visited", false, "asserted", 0.9),
        coded("e2", "020", "a1", "a2", "urged", true, "asserted", 0.8)));
    assertThat(evaluation.score().truePositives()).isZero();
    List<ArticleEventEvaluation.Judged> judged = evaluation.scoredEvents();
    assertThat(judged).allMatch(ArticleEventEvaluation.Judged::real);
    assertThat(judged.get(0).targetRight()).isFalse();
    assertThat(judged.get(0).sourceRight()).isTrue();
    assertThat(judged.get(1).stance()).isFalse();
    assertThat(judged.get(0).location()).isTrue();
    assertThat(judged.get(0).date()).isTrue();
  }

  @Test
  void theFieldTableCountsTheGoldPlacedEventsThatCarryAPlaceAndTheRightOnesAmongThem() {
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    Event unplaced = coded("e2", "020", "a1", "a2", "urged", false, "asserted", 0.8).withLocation(null);
    evaluation.add(article("political", VISIT, APPEAL), GOLD_TEXT, record(
        coded("e1", "042", "a3", "a2", "visited", false, "asserted", 0.9), unplaced));
    String table = evaluation.fieldTable();
    assertThat(table).containsPattern("location right \\(where gold gives one\\)\\s+-\\s+50%\\s+1/2");
    assertThat(table).containsPattern("carries one \\(where gold gives one\\)\\s+-\\s+50%\\s+1/2");
    assertThat(table).containsPattern("right \\(of those carrying one\\)\\s+-\\s+100%\\s+1/1");
  }

  @Test
  void anEventInASentenceWithoutGoldIsAnArtefact() {
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("ordinary"), GOLD_TEXT, record(coded("e1", "190", "a4", null, "won", false, "asserted", 0.7)));
    ArticleEventEvaluation.Judged judged = evaluation.scoredEvents().get(0);
    assertThat(judged.real()).isFalse();
    assertThat(judged.fullyRight()).isFalse();
    assertThat(evaluation.ordinaryEvents()).containsExactly(1, 1);
    assertThat(evaluation.score().precision()).isZero();
  }

  @Test
  void eventsBelowTheMinimumConfidenceAreNotScoredButAreCalibrated() {
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("political", VISIT, APPEAL), GOLD_TEXT, record(
        coded("e1", "042", "a3", "a2", "visited", false, "asserted", 0.95),
        coded("e2", "020", "a1", "a2", "urged", false, "asserted", 0.35),
        coded("e3", "190", "a4", null, "won", false, "asserted", 0.32)));
    EventScore score = evaluation.score();
    assertThat(score.predicted()).isEqualTo(1);
    assertThat(score.truePositives()).isEqualTo(1);
    assertThat(score.recall()).isEqualTo(0.5);
    // bin 0.9-1.0: one event, mean 0.95, precision 1 (gap 0.05); bin 0.3-0.4: two, mean 0.335, precision 0.5 (gap 0.165)
    assertThat(evaluation.expectedCalibrationError()).isCloseTo((0.05 + 2 * 0.165) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(evaluation.calibrationLine()).isEqualTo("calibration articles ECE 0.127 n=3");
  }

  @Test
  void eachGoldEventMatchesOneCodedEventOnly() {
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("political", APPEAL), GOLD_TEXT, record(
        coded("e1", "020", "a1", "a2", "urged", false, "asserted", 0.8),
        coded("e2", "020", "a1", "a2", "reopen", false, "asserted", 0.8)));
    assertThat(evaluation.score().truePositives()).isEqualTo(1);
    assertThat(evaluation.score().predicted()).isEqualTo(2);
  }

  @Test
  void mutualActsMatchInEitherDirection() {
    GoldEvent talks = gold(null, "visited", new GoldActor("Poland", "POL"), new GoldActor("Norway", "NOR"), "040", false, "asserted");
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("political", talks), GOLD_TEXT, record(coded("e1", "040", "a1", "a2", "visited", false, "asserted", 0.8)));
    assertThat(evaluation.score().truePositives()).isEqualTo(1);
  }

  @Test
  void aMutualActWrittenBothWaysIsOneCodedEvent() {
    GoldEvent talks = gold(null, "visited", new GoldActor("Poland", "POL"), new GoldActor("Norway", "NOR"), "040", false, "asserted");
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(0.5);
    evaluation.add(article("political", talks), GOLD_TEXT, record(coded("e1", "040", "a1", "a2", "visited", false, "asserted", 0.8),
        coded("e2", "040", "a2", "a1", "visited", false, "asserted", 0.8)));
    assertThat(evaluation.score().truePositives()).isEqualTo(1);
    assertThat(evaluation.score().predicted()).isEqualTo(1);
    ArticleEventEvaluation oneWay = new ArticleEventEvaluation(0.5);
    oneWay.add(article("political", VISIT), GOLD_TEXT, record(coded("e1", "042", "a1", "a2", "visited", false, "asserted", 0.8),
        coded("e2", "042", "a2", "a1", "visited", false, "asserted", 0.8)));
    assertThat(oneWay.score().predicted()).isEqualTo(2); // a visit goes one way: the other direction is another event
  }

  @Test
  void actorsMatchByTrailingNameOrByStateCode() {
    assertThat(ActorMatch.byName("Russian Foreign Ministry spokeswoman Maria Zakharova",
        new Actor("a", "Maria Zakharova", List.of(), "person", "RUS", "GOV", "RUSGOV", null, List.of()))).isTrue();
    assertThat(ActorMatch.byName("the U.S.", new Actor("a", "United States", List.of("US"), "country", "USA", null, "USA", null,
        List.of()))).isTrue();
    assertThat(ActorMatch.byName("US Defense Secretary Mark Esper", new Actor("a", "United States", List.of("US"), "country",
        "USA", null, "USA", null, List.of()))).isFalse();
    assertThat(ActorMatch.byCode("RUS", new Actor("a", "Kremlin", List.of(), "organization", "RUS", "GOV", "RUSGOV", null,
        List.of()), null)).isTrue();
    assertThat(ActorMatch.byCode("RUSMIL", new Actor("a", "Russia", List.of(), "country", "RUS", null, "RUS", null,
        List.of()), null)).isFalse();
  }

  @Test
  void actorsMatchWhenOneCodeRefinesTheOtherBelowCountryAndSector() {
    Actor houthis = new Actor("a", "Houthis", List.of(), "organization", "YEM", "REB", "YEMREBHTH", null, List.of());
    assertThat(ActorMatch.byCode("YEMREB", houthis, null)).isTrue();
    assertThat(ActorMatch.byCode("YEMMIL", houthis, null)).isFalse();
    assertThat(ActorMatch.byCode("YEM", houthis, null)).isFalse();
    Actor labour = new Actor("a", "Labour Party", List.of(), "organization", "GBR", "PTY", "GBRPTYLAB", null, List.of());
    assertThat(ActorMatch.byCode("GBRPTYCON", labour, null)).isFalse();
  }

  @Test
  void findsASentenceWhoseWhitespaceDiffers() {
    TextAlignment alignment = new TextAlignment("One.\n\nThe   Norwegian\u00a0minister left.");
    assertThat(alignment.find("The Norwegian minister left.", 0)).isEqualTo(6);
    assertThat(alignment.find("Nothing like it.", 0)).isEqualTo(-1);
  }

  @Test
  void agreementCountsEventsBothAnnotatorsCodedAlike() {
    ArticleGold first = article("political", VISIT, APPEAL, REOPEN);
    GoldEvent otherAppeal = gold("Norway urged", "urged", new GoldActor("Norway", "NORGOV"), new GoldActor("Poland", "POL"),
        "026", false, "asserted");
    ArticleGold second = new ArticleGold("test", "bbc", "politics/1.txt", "political", null, "x", "F", List.of(VISIT, otherAppeal));
    AnnotatorAgreement agreement = AnnotatorAgreement.of(List.of(first), List.of(second));
    assertThat(agreement.f1()).isCloseTo(2.0 * 2 / 5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(agreement.report()).contains("agreement articles F1 0.800 n=1");
  }
}
