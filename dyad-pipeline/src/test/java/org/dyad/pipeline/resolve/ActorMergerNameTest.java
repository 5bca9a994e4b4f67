package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorMergerNameTest {

  private static boolean same(String a, String b) {
    return ActorMerger.sameName(ActorMerger.lower(List.of(a.split(" "))), ActorMerger.lower(List.of(b.split(" "))));
  }

  @Test
  void aSurnameOrAFirstNameAloneIsTheFullName() {
    assertThat(same("Putin", "Vladimir Putin")).isTrue();
    assertThat(same("Vladimir", "Vladimir Putin")).isTrue();
    assertThat(same("Mrs Maguire", "Anne Maguire")).isTrue();
  }

  @Test
  void anInnerNameOfALongNameIsThatName() {
    assertThat(same("Lula", "Luiz Inacio Lula da Silva")).isTrue();
    assertThat(same("Lopez Obrador", "Andres Manuel Lopez Obrador")).isTrue();
  }

  @Test
  void particlesAndOtherPeopleDoNotMatch() {
    assertThat(same("da", "Luiz Inacio Lula da Silva")).isFalse();
    assertThat(same("Inacio", "Luiz Inacio")).isTrue(); // a two-word name: the surname rule
    assertThat(same("Lula", "Maria Lula")).isTrue();
    assertThat(same("Silva", "Luiz Inacio Lula da Silva")).isTrue();
    assertThat(same("Manuel Lopez", "Andres Manuel Lopez Obrador")).isFalse();
    assertThat(same("Joe Biden", "Hunter Biden")).isFalse();
  }
}
