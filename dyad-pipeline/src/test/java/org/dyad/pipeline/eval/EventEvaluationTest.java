package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventEvaluationTest {

  private static final Actor FRANCE = new Actor("a1", "France", List.of(), "country", "FRA", null, "FRA", null, List.of());
  private static final Actor ARMY = new Actor("a2", "German army", List.of(), "organization", "DEU", "MIL", "DEUMIL", null, List.of());
  private static final Actor UN = new Actor("a3", "United Nations", List.of(), "organization", null, "IGO", "IGOUNO", null, List.of());

  private static Event event(String cameo, String plover, String source, String target, boolean negated, String modality) {
    Span span = new Span(0, 1, "x");
    return new Event("e1", cameo, "name", plover, 1, 0, source, target, span, negated, modality, null, null, null, 0, span, 0.8, "rule");
  }

  private static DocumentRecord record(Event... events) {
    DocumentInfo info = new DocumentInfo("id", "test", null, null, List.of(), null, null, "en", "x", List.of());
    return new DocumentRecord(DocumentRecord.SCHEMA, info, List.of(FRANCE, ARMY, UN), List.of(events), List.of(), List.of(), List.of());
  }

  private static EventGold gold(String type, List<String> sources, List<String> targets) {
    return new EventGold("g", "text", null, List.of(new EventGold.GoldEvent(type, sources, targets)));
  }

  @Test
  void readsEarlyCameoCountryCodesAsTheirIsoCodesKeepingTheSector() {
    assertThat(EventGoldReader.current("JAP")).isEqualTo("JPN");
    assertThat(EventGoldReader.current("ITLGOV")).isEqualTo("ITAGOV");
    assertThat(EventGoldReader.country("VTNMIL")).isEqualTo("VNM");
    assertThat(EventGoldReader.current("USAGOV")).isEqualTo("USAGOV");
    assertThat(EventGoldReader.current("IGO")).isEqualTo("IGO");
    assertThat(EventGoldReader.country("---")).isEqualTo("---");
  }

  @Test
  void countsAMatchOnTypeSourceAndTargetAndAnExtraEventAgainstPrecision() {
    EventEvaluation evaluation = new EventEvaluation(EventEvaluation.Dataset.PLOVER_GSR);
    evaluation.add(gold("ACCUSE", List.of("FRA"), List.of("DEU")),
        record(event("111", "ACCUSE", "a1", "a2", false, "asserted"), event("040", "CONSULT", "a1", "a3", false, "asserted")));
    EventScore score = evaluation.score();
    assertThat(score.truePositives()).isEqualTo(1);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.line()).isEqualTo("events plover-gsr F1 0.667 P 0.500 R 1.000 n=1");
  }

  @Test
  void wrongTypeOrActorsMissAndNegatedOrRequestedEventsAreNotScored() {
    EventEvaluation evaluation = new EventEvaluation(EventEvaluation.Dataset.PLOVER_GSR);
    evaluation.add(gold("ACCUSE", List.of("FRA"), List.of("DEU")), record(event("051", "SUPPORT", "a1", "a2", false, "asserted")));
    evaluation.add(gold("CONSULT", List.of("FRA"), List.of("IGO")), record(event("040", "CONSULT", "a1", "a3", true, "asserted"),
        event("040", "CONSULT", "a1", "a3", false, "requested")));
    EventScore score = evaluation.score();
    assertThat(score.truePositives()).isZero();
    assertThat(score.predicted()).isEqualTo(1);
    assertThat(evaluation.confusionTable()).contains("ACCUSE").contains("SUPPORT").contains("NONE");
  }

  @Test
  void aPloverRecordWithSeveralActorsIsOneGoldEventPerPair() {
    assertThat(EventGoldReader.dyads("THREATEN", List.of("PAK"), List.of("COG", "CRI"))).containsExactly(
        new EventGold.GoldEvent("THREATEN", List.of("PAK"), List.of("COG")),
        new EventGold.GoldEvent("THREATEN", List.of("PAK"), List.of("CRI")));
    assertThat(EventGoldReader.dyads("AGREE", List.of("USA", "JOR"), List.of())).containsExactly(
        new EventGold.GoldEvent("AGREE", List.of("USA"), List.of()), new EventGold.GoldEvent("AGREE", List.of("JOR"), List.of()));
    assertThat(EventGoldReader.dyads("AGREE", List.of("SDN", "SDN"), List.of("SDN")))
        .containsExactly(new EventGold.GoldEvent("AGREE", List.of("SDN"), List.of("SDN")));
    EventEvaluation evaluation = new EventEvaluation(EventEvaluation.Dataset.PLOVER_GSR);
    evaluation.add(new EventGold("g", "t", null, EventGoldReader.dyads("ACCUSE", List.of("FRA"), List.of("DEU", "IGO"))),
        record(event("111", "ACCUSE", "a1", "a2", false, "asserted"), event("111", "ACCUSE", "a1", "a3", false, "asserted")));
    assertThat(evaluation.score().truePositives()).isEqualTo(2);
    assertThat(evaluation.score().precision()).isEqualTo(1.0);
  }

  @Test
  void petrarchComparesCameoRootsAndCountryCodes() {
    EventEvaluation evaluation = new EventEvaluation(EventEvaluation.Dataset.PETRARCH2_GSR);
    evaluation.add(new EventGold("g", "t", null, List.of(new EventGold.GoldEvent("19", List.of("DEU"), List.of("IGO")))),
        record(event("193", "ASSAULT", "a2", "a3", false, "reported")));
    assertThat(evaluation.score().truePositives()).isEqualTo(1);
  }

  @Test
  void readsPetrarchSentencesWithTheirCodings(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("gold.xml");
    Files.writeString(file, "<Validation>\n<Sentences>\n<Sentence date=\"20080806\" id=\"S1\" evaluate=\"true\"/>\n"
        + "<EventCoding eventcode=\"042\" sourcecode=\"USAGOV\" targetcode=\"CHN\" />\n<Text>\nThe US leader\nvisited China.\n</Text>\n"
        + "</Sentence>\n<Sentence date=\"20080806\" id=\"S2\" evaluate=\"true\"/>\n<EventCoding noevents=\"True\" />\n"
        + "<Text>Nothing happened.</Text>\n</Sentence>\n</Sentences>\n</Validation>\n");
    List<EventGold> golds = EventGoldReader.readPetrarch(file);
    assertThat(golds).hasSize(2);
    assertThat(golds.get(0).text()).isEqualTo("The US leader visited China.");
    assertThat(golds.get(0).events()).containsExactly(new EventGold.GoldEvent("04", List.of("USA"), List.of("CHN")));
    assertThat(golds.get(1).events()).isEmpty();
  }

  @Test
  void readsPloverRecordsWithTypesRenamedToVersionTwo(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("gold.json");
    Files.writeString(file, "[{\"id\":\"D\",\"event\":\"DOCUMENT\"},"
        + "{\"id\":\"X\",\"event\":\"DEMAND\",\"text\":\"{Libya demanded aid.}\",\"source\":[{\"code\":\"LBY\"}],\"target\":[]}]");
    List<EventGold> golds = EventGoldReader.readPlover(file);
    assertThat(golds).singleElement().satisfies(g -> {
      assertThat(g.text()).isEqualTo("Libya demanded aid.");
      assertThat(g.events()).containsExactly(new EventGold.GoldEvent("REQUEST", List.of("LBY"), List.of()));
    });
  }

  @Test
  void comparesTheActorsCodeOnTheEventsDateWhenTheEventCarriesIt() {
    Actor person = new Actor("a4", "Jane Example", List.of(), "person", "FRA", "ELI", "FRAELI", null, List.of());
    Span span = new Span(0, 1, "x");
    Event whileInOffice = new Event("e1", "042", "name", "CONSULT", 1, 0, "a4", "a2", span, false, "asserted",
        "2015-06-03", null, null, 0, span, 0.8, "rule", "FRAGOV", "DEUMIL");
    DocumentInfo info = new DocumentInfo("id", "test", null, null, List.of(), null, null, "en", "x", List.of());
    DocumentRecord output = new DocumentRecord(DocumentRecord.SCHEMA, info, List.of(FRANCE, ARMY, UN, person),
        List.of(whileInOffice), List.of(), List.of(), List.of());

    EventEvaluation byEventDate = new EventEvaluation(EventEvaluation.Dataset.PLOVER_GSR);
    byEventDate.add(gold("CONSULT", List.of("FRAGOV"), List.of("DEU")), output);
    EventEvaluation asElite = new EventEvaluation(EventEvaluation.Dataset.PLOVER_GSR);
    asElite.add(gold("CONSULT", List.of("FRAELI"), List.of("DEU")), output);

    assertThat(byEventDate.score().truePositives()).isEqualTo(1);
    assertThat(asElite.score().truePositives()).isZero();
    assertThat(EventEvaluation.onEventDate(UN, "IGOUNO")).isSameAs(UN);
    Actor dated = EventEvaluation.onEventDate(person, "IGOUNO");
    assertThat(dated.country()).isNull();
    assertThat(dated.sector()).isEqualTo("IGO");
  }
}
