package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Spanish article through the whole pipeline: the same record, the same codes as in English. */
class SpanishPipelineIT {

  private static final String TEXT = """
      Rusia y China firman un acuerdo energético en Moscú

      El presidente ruso, Vladimir Putin, se reunió el 20 de octubre de 2021 en Moscú con el presidente chino, Xi Jinping, y ambos firmaron un acuerdo de cooperación energética.

      El Kremlin anunció que Rusia enviará mil millones de euros en ayuda humanitaria a Afganistán.

      «Estamos dispuestos a trabajar con todos los países de la región», dijo la portavoz de la cancillería rusa, María Zajárova.

      Estados Unidos criticó el acuerdo. El canciller estadounidense no se reunió con su homólogo ruso.
      """;

  private static DocumentRecord record;

  @BeforeAll
  static void process() throws Exception {
    Article article = new Article("es-test", null, null, List.of(), "2021-10-22", null, null, TEXT, List.of());
    record = new Pipeline().process(article);
  }

  @Test
  void readsTheArticleAsSpanish() {
    assertThat(record.document().language()).isEqualTo("es");
  }

  @Test
  void resolvesSpanishNamesToTheCanonicalActorsOfEnglish() {
    assertThat(actor("Russia").code()).isEqualTo("RUS");
    assertThat(actor("China").code()).isEqualTo("CHN");
    assertThat(record.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Kremlin");
      assertThat(a.code()).isEqualTo("RUSGOV");
    });
    assertThat(record.actors()).anySatisfy(a -> {
      assertThat(a.name()).contains("Putin");
      assertThat(a.country()).isEqualTo("RUS");
    });
  }

  @Test
  void codesTheMeetingWithItsDate() {
    assertThat(record.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("04");
      assertThat(e.date()).isEqualTo("2021-10-20");
      assertThat(name(e.source()) + " " + name(e.target())).contains("Putin").contains("Xi Jinping");
    });
  }

  @Test
  void codesANegatedMeeting() {
    assertThat(record.events()).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("04");
      assertThat(e.negated()).isTrue();
    });
  }

  @Test
  void findsTheAmountTheDateAndTheQuote() {
    assertThat(record.amounts()).anySatisfy(a -> {
      assertThat(a.unit()).isEqualTo("EUR");
      assertThat(a.value()).isEqualTo(1e9);
    });
    assertThat(record.times()).anySatisfy(t -> assertThat(t.value()).isEqualTo("2021-10-20"));
    assertThat(record.quotes()).anySatisfy(q -> {
      assertThat(q.text()).startsWith("Estamos dispuestos");
      assertThat(name(q.speaker())).contains("Zajárova");
    });
  }

  private static Actor actor(String name) {
    return record.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + record.actors()));
  }

  private static String name(String id) {
    return id == null ? "-" : record.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst()
        .orElse(id);
  }

  @SuppressWarnings("unused")
  private static List<Event> events() {
    return record.events();
  }
}
