package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crowds and armed groups in Spanish news, coded as the Spanish gold codes them: what civilians
 * demand is an event, "los paramilitares" are an armed group of no fixed country (Colombia's in one
 * story, Nicaragua's or Mexico's in another), and the people they kill are of no country.
 */
class SpanishCrowdsIT {

  private static final String TEXT = """
      Protestas en el campo

      Los campesinos exigieron mejores precios al gobierno.

      Los paramilitares asesinaron a tres personas en una vereda de Colombia.

      Los estudiantes incendiaron un autobús frente a la universidad.

      Un ganadero fue secuestrado por guerrilleros del ELN en la región.

      Los vecinos caminaron durante horas para protestar contra el alcalde.

      Los maestros paralizaron sus labores en todo el país.

      Los jubilados pidieron un aumento de sus pensiones.

      Los jóvenes prendieron fuego a una patrulla.

      Los movimientos sociales condenaron la decisión del gobierno.

      Decenas de miles de jubilados marcharon por la avenida central.
      """;

  private static DocumentRecord record;

  @BeforeAll
  static void process() throws Exception {
    Article article = new Article("es-crowds", null, null, List.of(), "2001-05-10", null, null, TEXT, List.of());
    record = new Pipeline().withMinConfidence(0).process(article); // the readings, whatever their confidence
  }

  @Test
  void civiliansDemand() {
    assertThat(record.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("10");
      assertThat(actor(e.source()).name()).isEqualTo("campesinos");
    });
  }

  @Test
  void paramilitariesAreAnArmedGroupOfNoFixedCountryAndThePeopleTheyKillOfNoCountry() {
    assertThat(record.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("19");
      assertThat(actor(e.source()).sector()).isEqualTo("UAF");
      assertThat(actor(e.target()).sector()).isEqualTo("CVL");
      assertThat(actor(e.target()).country()).isNull();
    });
  }

  @Test
  void aBusSetOnFireIsARiot() {
    assertThat(record.events()).anySatisfy(e -> assertThat(e.cameo()).startsWith("145"));
  }

  @Test
  void aPassiveWhoseParticipleIsTaggedAsAnAdjectiveHasItsAgentAsSource() {
    assertThat(record.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("181");
      assertThat(actor(e.source()).code()).startsWith("COLREB");
    });
  }

  @Test
  void aPurposeInfinitiveTakesTheSubjectOfItsClause() {
    assertThat(record.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("14");
      assertThat(actor(e.source()).name()).isEqualTo("vecinos");
    });
  }

  @Test
  void spanishProtestAndDemandVocabulary() {
    assertThat(event("paralizaron").cameo()).startsWith("143"); // a strike
    assertThat(event("pidieron").cameo()).startsWith("10"); // the Spanish gold codes "pedir" as a demand
    assertThat(event("prendieron").cameo()).startsWith("145"); // "prender fuego a": setting fire, a riot
  }

  @Test
  void socialMovementsAreActors() {
    Event condemnation = event("condenaron");
    assertThat(condemnation.cameo()).startsWith("11");
    assertThat(actor(condemnation.source()).sector()).isEqualTo("NGO");
  }

  @Test
  void tensOfThousandsOfPeopleAreThePeople() {
    assertThat(actor(event("marcharon").source()).name()).isEqualTo("jubilados");
  }

  private static Event event(String trigger) {
    return record.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event of " + trigger + " in " + record.events()));
  }

  private static Actor actor(String id) {
    return record.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id + " in " + record.actors()));
  }

  @SuppressWarnings("unused")
  private static List<Event> events() {
    return record.events();
  }
}
