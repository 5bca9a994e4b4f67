package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Amount;
import org.junit.jupiter.api.Test;

class SpanishTimesAndAmountsTest {

  private static final LocalDate ANCHOR = LocalDate.of(2021, 10, 15); // a Friday

  private static String value(String text) {
    List<TimeCandidate> found = SpanishTimeScanner.scan(text, offset -> null);
    assertThat(found).as(text).isNotEmpty();
    return TimeResolver.value(found.get(0), ANCHOR, TimeTense.UNKNOWN);
  }

  @Test
  void resolvesSpanishDates() {
    assertThat(value("La reunión será el 20 de octubre.")).isEqualTo("2021-10-20");
    assertThat(value("Firmaron el 3 de marzo de 2020 en Lima.")).isEqualTo("2020-03-03");
    assertThat(value("Se reunieron el pasado martes.")).isEqualTo("2021-10-12");
    assertThat(value("Llegará el próximo lunes.")).isEqualTo("2021-10-18");
    assertThat(value("Lo anunció ayer.")).isEqualTo("2021-10-14");
    assertThat(value("Viajó hace tres días.")).isEqualTo("2021-10-12");
    assertThat(value("Fue elegido en 2018.")).isEqualTo("2018");
    assertThat(value("La visita fue en octubre de 2019.")).isEqualTo("2019-10");
  }

  @Test
  void readsMorningAsNoDate() {
    assertThat(SpanishTimeScanner.scan("Llegó por la mañana.", offset -> null)).isEmpty();
  }

  @Test
  void readsSpanishAmounts() {
    List<Amount> amounts = SpanishAmounts.find("La UE donará mil millones de euros y EE.UU. 1.500 millones de dólares; "
        + "Brasil aportó US$ 300 millones y 3,5 millones de pesos mexicanos.");
    assertThat(amounts).extracting(Amount::unit).containsExactly("EUR", "USD", "USD", "MXN");
    assertThat(amounts).extracting(Amount::value).containsExactly(1e9, 1.5e9, 3e8, 3.5e6);
  }
}
