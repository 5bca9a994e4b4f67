package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Three ordinary wire stories written for Dyad (test resources {@code heldout/}), run through the
 * whole pipeline as plain text: the dateline gives the publication date, and the key facts an
 * analyst would check hold: which events there are and are not, their codes, dyads and dates.
 */
class HeldOutArticlesIT {

  private static final Pipeline PIPELINE = new Pipeline();
  private static final Map<String, DocumentRecord> RECORDS = new ConcurrentHashMap<>();

  private static DocumentRecord record(String name) {
    return RECORDS.computeIfAbsent(name, n -> {
      try (InputStream in = HeldOutArticlesIT.class.getResourceAsStream("heldout/" + n)) {
        return PIPELINE.process(new RawDocument(n, null, in.readAllBytes(), "text/plain", null, null));
      } catch (Exception e) {
        throw new IllegalStateException(n, e);
      }
    });
  }

  private static String code(DocumentRecord record, String actorId) {
    Map<String, Actor> actors = record.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    Actor actor = actorId == null ? null : actors.get(actorId);
    return actor == null ? null : actor.code();
  }

  private static List<Event> triggered(DocumentRecord record, String trigger) {
    return record.events().stream().filter(e -> e.trigger().text().equals(trigger)).toList();
  }

  @Test
  void aMissileFiredIntoTheSeaIsAShowOfForceAndOctobersByElectionLiesAhead() {
    DocumentRecord record = record("korea-missile.txt");
    assertThat(record.document().published()).isEqualTo("2023-08-24");
    assertThat(triggered(record, "fired")).filteredOn(e -> e.sentence() == 1).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("150");
      assertThat(code(record, e.source())).isEqualTo("PRK");
      assertThat(e.target()).isNull();
      assertThat(e.date()).isEqualTo("2023-08-24");
    });
    assertThat(record.events()).noneSatisfy(e -> assertThat(e.cameo()).startsWith("19"));
    assertThat(triggered(record, "fired")).filteredOn(e -> e.sentence() == 3).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("175");
      assertThat(code(record, e.source())).isEqualTo("KORCOP");
      assertThat(e.location().name()).isEqualTo("Seoul");
    });
    assertThat(triggered(record, "back")).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("SUPPORT"))
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("124"));
    assertThat(triggered(record, "declined")).isEmpty();
    assertThat(record.times()).filteredOn(t -> t.text().equals("October")).extracting(TimeExpression::value)
        .containsExactly("2023-10");
    assertThat(record.times()).filteredOn(t -> t.text().equals("last year")).extracting(TimeExpression::value)
        .containsExactly("2022");
  }

  @Test
  void aTruceAgreedAtHomeIsBetweenTheTwoSidesNotWithTheirCountry() {
    DocumentRecord record = record("sudan-truce.txt");
    assertThat(record.document().published()).isEqualTo("2023-05-03");
    List<Event> agreed = triggered(record, "agreed");
    assertThat(agreed).extracting(e -> code(record, e.source()) + ">" + code(record, e.target()))
        .containsExactlyInAnyOrder("SDNMIL>SDNMILRSF", "SDNMILRSF>SDNMIL");
    assertThat(agreed).allSatisfy(e -> {
      assertThat(e.date()).isEqualTo("2023-05-02");
      assertThat(e.location().name()).isEqualTo("Khartoum");
    });
    assertThat(record.events()).noneSatisfy(e -> assertThat(code(record, e.target())).isEqualTo("SDN"));
    assertThat(triggered(record, "met")).singleElement().satisfies(e -> {
      assertThat(code(record, e.source())).isEqualTo("EGYGOV");
      assertThat(code(record, e.target())).isEqualTo("SAUGOV");
      assertThat(e.date()).isEqualTo("2023-05-01");
      assertThat(e.location().name()).isEqualTo("Cairo");
    });
    assertThat(triggered(record, "imposed")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("163");
      assertThat(code(record, e.source())).isEqualTo("USA");
    });
  }

  @Test
  void aHeadlineStrikeOnGazaIsAnAttackAndTheAirstrikesAreDatedTheDayOfPublication() {
    DocumentRecord record = record("gaza-strikes.txt");
    assertThat(record.document().published()).isEqualTo("2023-05-10");
    assertThat(triggered(record, "strikes")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(code(record, e.source())).isEqualTo("ISR");
    });
    assertThat(record.events()).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("PROTEST"));
    assertThat(triggered(record, "struck")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("195");
      assertThat(e.date()).isEqualTo("2023-05-10");
      assertThat(e.location().country()).isEqualTo("PSE");
    });
    // talks are mutual: each side may be coded as the other's partner, but Egypt's side must be there
    assertThat(triggered(record, "held")).allSatisfy(e -> assertThat(e.cameo()).isEqualTo("046"));
    assertThat(triggered(record, "held")).filteredOn(e -> "EGY".equals(code(record, e.source()))).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("046");
      assertThat(code(record, e.target())).isEqualTo("PSEINSPIJ");
      assertThat(e.location().name()).isEqualTo("Cairo");
    });
    assertThat(triggered(record, "summoned")).singleElement()
        .satisfies(e -> assertThat(code(record, e.target())).isEqualTo("ISR"));
  }
}
