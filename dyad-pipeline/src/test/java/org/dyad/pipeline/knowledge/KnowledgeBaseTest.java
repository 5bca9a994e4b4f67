package org.dyad.pipeline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private final KnowledgeBase knowledge = KnowledgeBase.builtIn();

  private Term only(String text) {
    List<Term> terms = knowledge.lookup(text);
    assertThat(terms).as("meanings of '%s'", text).hasSize(1);
    return terms.get(0);
  }

  @Test
  void holdsEveryUnMemberStatePlusTaiwanKosovoPalestineAndTheHolySee() {
    assertThat(knowledge.countries()).hasSize(197);
    Set<String> codes = new HashSet<>();
    for (Country c : knowledge.countries()) {
      assertThat(c.iso3()).matches("[A-Z]{3}");
      assertThat(codes.add(c.iso3())).as("duplicate %s", c.iso3()).isTrue();
      assertThat(c.capital()).as("capital of %s", c.name()).isNotBlank();
      assertThat(c.demonyms()).as("demonyms of %s", c.name()).isNotEmpty();
    }
    assertThat(codes).contains("TWN", "XKX", "PSE", "SSD", "USA", "RUS", "AFG");
  }

  @Test
  void everyCapitalIsInTheGazetteer() {
    Gazetteer gazetteer = knowledge.gazetteer();
    for (Country c : knowledge.countries()) {
      Place place = gazetteer.lookup(c.capital()).orElse(null);
      assertThat(place).as("capital %s of %s", c.capital(), c.name()).isNotNull();
      assertThat(place.country()).as("country of %s", c.capital()).isEqualTo(c.iso3());
      assertThat(place.isCapital()).isTrue();
    }
  }

  @Test
  void readsAcronymsOnlyInTheirOwnCase() {
    assertThat(only("US").country().iso3()).isEqualTo("USA");
    assertThat(only("U.S.").country().iso3()).isEqualTo("USA");
    assertThat(knowledge.lookup("us")).isEmpty();
    assertThat(knowledge.lookup("Us")).isEmpty();
    assertThat(only("UK").country().iso3()).isEqualTo("GBR");
    assertThat(knowledge.lookup("who")).isEmpty();
    assertThat(only("WHO").organization().code()).isEqualTo("IGOWHO");
  }

  @Test
  void needsACapitalLetterForNamesWrittenWithOne() {
    assertThat(only("Turkey").country().iso3()).isEqualTo("TUR");
    assertThat(knowledge.lookup("turkey")).isEmpty();
    assertThat(knowledge.lookup("china")).isEmpty();
  }

  @Test
  void knowsAliasesDemonymsAndCapitals() {
    assertThat(only("America").country().iso3()).isEqualTo("USA");
    assertThat(only("United States of America").country().iso3()).isEqualTo("USA");
    assertThat(only("Britain").country().iso3()).isEqualTo("GBR");
    Term russian = only("Russian");
    assertThat(russian.type()).isEqualTo(Term.Type.DEMONYM);
    assertThat(russian.country().iso3()).isEqualTo("RUS");
    assertThat(only("Afghans").country().iso3()).isEqualTo("AFG");
    assertThat(only("Pakistanis").country().iso3()).isEqualTo("PAK");
    Term moscow = only("Moscow");
    assertThat(moscow.type()).isEqualTo(Term.Type.CAPITAL);
    assertThat(moscow.country().iso3()).isEqualTo("RUS");
  }

  @Test
  void knowsOrganisationsAndGroupsWithCodes() {
    assertThat(only("European Union").organization().code()).isEqualTo("IGOEU");
    assertThat(only("NATO").organization().sector()).isEqualTo("IGO");
    Term taliban = only("Taliban");
    assertThat(taliban.organization().country()).isEqualTo("AFG");
    assertThat(taliban.organization().isGroup()).isTrue();
    assertThat(only("ISIS-K").organization().name()).isEqualTo("Islamic State-Khorasan Province");
    assertThat(only("Islamic State - Khorasan Province").organization().name())
        .as("spacing around hyphens does not matter").isEqualTo("Islamic State-Khorasan Province");
    assertThat(only("RUSI").organization().sector()).isEqualTo("NGO");
    assertThat(only("Tass").organization().sector()).isEqualTo("MED");
  }

  @Test
  void mapsRoleNounsToSectors() {
    assertThat(only("spokeswoman").role().sector()).isEqualTo("GOV");
    assertThat(only("troops").role().sector()).isEqualTo("MIL");
    assertThat(only("militants").role().sector()).isEqualTo("INS");
    assertThat(only("rebels").role().sector()).isEqualTo("REB");
    assertThat(only("think tank").role().sector()).isEqualTo("NGO");
    assertThat(only("news agency").role().sector()).isEqualTo("MED");
    assertThat(only("judge").role().sector()).isEqualTo("JUD");
    assertThat(only("lawmakers").role().sector()).isEqualTo("LEG");
    assertThat(only("Kremlin").role().country()).isEqualTo("RUS");
    assertThat(only("State Department").role().country()).isEqualTo("USA");
    assertThat(only("Department of State").role().country()).isEqualTo("USA");
  }

  @Test
  void organisationCodesAreCameoShaped() {
    for (Organization o : knowledge.organizations()) {
      assertThat(o.code()).as(o.name()).matches("[A-Z0-9]{3,12}");
      assertThat(o.kind()).as(o.name()).isIn("organization", "group");
      if (o.country() != null) {
        assertThat(knowledge.country(o.country())).as("home of %s", o.name()).isPresent();
      }
    }
  }

  @Test
  void knowsOfficeHoldersByNameAliasAndUniqueSurname() {
    KnownPerson xi = knowledge.person("Xi Jinping").orElseThrow();
    assertThat(xi.on(java.time.LocalDate.of(2021, 10, 15)).country()).isEqualTo("CHN");
    assertThat(knowledge.person("Zelenskyy").orElseThrow().name()).isEqualTo("Volodymyr Zelensky");
    assertThat(knowledge.person("Volodymyr Zelenskyy").orElseThrow().name()).isEqualTo("Volodymyr Zelensky");
    assertThat(knowledge.person("Merkel").orElseThrow().name()).isEqualTo("Angela Merkel");
    assertThat(knowledge.person("Biden").orElseThrow().on(java.time.LocalDate.of(2012, 1, 1)).role())
        .isEqualTo("vice president");
    Office guterres = knowledge.person("Antonio Guterres").orElseThrow().on(java.time.LocalDate.of(2021, 1, 1));
    assertThat(guterres.code()).isEqualTo("IGOUNO");
    assertThat(guterres.country()).isNull();
    assertThat(knowledge.person("Dupont")).isEmpty();
    assertThat(knowledge.person("Khan")).as("too common a surname").isEmpty();
    assertThat(knowledge.person("Xi").orElseThrow().name()).isEqualTo("Xi Jinping");
    assertThat(knowledge.person("von der Leyen").orElseThrow().name()).isEqualTo("Ursula von der Leyen");
  }

  @Test
  void everyKnownPersonHasOfficesInOrderWithKnownCountries() {
    for (KnownPerson p : knowledge.people()) {
      assertThat(p.offices()).as(p.name()).isNotEmpty();
      for (Office o : p.offices()) {
        if (o.country() != null) {
          assertThat(knowledge.country(o.country())).as("country of %s", p.name()).isPresent();
        } else {
          assertThat(o.code()).as("code of %s", p.name()).isNotNull();
        }
        if (o.from() != null && o.to() != null) {
          assertThat(o.from()).as(p.name()).isBeforeOrEqualTo(o.to());
        }
      }
    }
  }
}
