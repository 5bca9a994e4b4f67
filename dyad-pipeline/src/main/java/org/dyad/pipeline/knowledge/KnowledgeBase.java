package org.dyad.pipeline.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dyad's actor knowledge: countries (names, aliases, demonyms, capitals), organisations and
 * groups, role nouns and government bodies, and the gazetteer's places, indexed by phrase.
 * Built-in data comes from the TSV files under {@code org/dyad/knowledge/}. Immutable and
 * thread-safe; the built-in instance loads once per JVM.
 */
public final class KnowledgeBase {

  static final String COUNTRIES = "/org/dyad/knowledge/countries.tsv";
  static final String ORGANIZATIONS = "/org/dyad/knowledge/organizations.tsv";
  static final String ROLES = "/org/dyad/knowledge/roles.tsv";
  static final String PEOPLE = "/org/dyad/knowledge/people.tsv";
  static final String SPANISH_COUNTRIES = "/org/dyad/knowledge/es/countries-es.tsv";
  static final String SPANISH_ORGANIZATIONS = "/org/dyad/knowledge/es/organizations-es.tsv";
  static final String SPANISH_ROLES = "/org/dyad/knowledge/es/roles-es.tsv";
  /** English aliases that are other words in Spanish text: "América" is the continent there. */
  private static final java.util.Set<String> NOT_IN_SPANISH = java.util.Set.of("America");

  private static final int MAX_PHRASE_TOKENS = 12;
  private static final Pattern TOKENISH = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private final Map<String, Country> countries;
  private final List<Organization> organizations;
  private final List<Role> roles;
  private final Gazetteer gazetteer;
  private final Map<String, List<Term>> index;
  private final int maxPhraseTokens;
  private final List<DictionaryActor> dictionaryActors;
  private final List<Role> dictionaryRoles;
  private final List<String> diagnostics;
  private final List<KnownPerson> people;
  private final Map<String, KnownPerson> personByName;
  private final Map<String, List<KnownPerson>> peopleBySurname;

  KnowledgeBase(Collection<Country> countries, List<Organization> organizations, List<Role> roles, Gazetteer gazetteer,
      List<KnownPerson> people) {
    this(countries, organizations, roles, gazetteer, people, List.of(), List.of(), List.of());
  }

  private KnowledgeBase(Collection<Country> countries, List<Organization> organizations, List<Role> roles,
      Gazetteer gazetteer, List<KnownPerson> people, List<DictionaryActor> dictionaryActors, List<Role> dictionaryRoles,
      List<String> diagnostics) {
    this(countries, organizations, roles, gazetteer, people, dictionaryActors, dictionaryRoles, diagnostics, List.of());
  }

  /** As above, with {@code extraTerms} indexed too (a Spanish capital's second name, "Beijing" beside "Pekín"). */
  private KnowledgeBase(Collection<Country> countries, List<Organization> organizations, List<Role> roles,
      Gazetteer gazetteer, List<KnownPerson> people, List<DictionaryActor> dictionaryActors, List<Role> dictionaryRoles,
      List<String> diagnostics, List<Term> extraTerms) {
    this.people = List.copyOf(people);
    Map<String, KnownPerson> byName = new HashMap<>();
    Map<String, List<KnownPerson>> bySurname = new HashMap<>();
    for (KnownPerson p : people) {
      byName.putIfAbsent(Phrases.key(p.name()), p);
      for (String alias : p.aliases()) {
        byName.putIfAbsent(Phrases.key(alias), p);
      }
      for (String surname : p.surnames()) {
        List<KnownPerson> same = bySurname.computeIfAbsent(Phrases.key(surname), k -> new ArrayList<>());
        if (!same.contains(p)) {
          same.add(p);
        }
      }
    }
    this.personByName = Collections.unmodifiableMap(byName);
    this.peopleBySurname = Collections.unmodifiableMap(bySurname);
    this.dictionaryActors = List.copyOf(dictionaryActors);
    this.dictionaryRoles = List.copyOf(dictionaryRoles);
    this.diagnostics = List.copyOf(diagnostics);
    Map<String, Country> byCode = new LinkedHashMap<>();
    for (Country c : countries) {
      byCode.put(c.iso3(), c);
    }
    this.countries = Collections.unmodifiableMap(byCode);
    this.organizations = List.copyOf(organizations);
    this.roles = List.copyOf(roles);
    this.gazetteer = gazetteer;
    Map<String, List<Term>> terms = new HashMap<>();
    int longest = 1;
    for (Country c : countries) {
      longest = Math.max(longest, add(terms, Term.country(Term.Type.COUNTRY, c.name(), c)));
      for (String alias : c.aliases()) {
        longest = Math.max(longest, add(terms, Term.country(Term.Type.COUNTRY, alias, c)));
      }
      for (String demonym : demonymForms(c.demonyms())) {
        longest = Math.max(longest, add(terms, Term.country(Term.Type.DEMONYM, demonym, c)));
      }
      if (c.capitalIsMetonym() && c.capital() != null) {
        longest = Math.max(longest, add(terms, Term.country(Term.Type.CAPITAL, c.capital(), c)));
        Optional<Place> capital = gazetteer.lookup(c.capital());
        if (capital.isPresent()) {
          for (String alias : capital.get().aliases()) {
            longest = Math.max(longest, add(terms, Term.country(Term.Type.CAPITAL, alias, c)));
          }
        }
      }
    }
    for (Organization o : organizations) {
      longest = Math.max(longest, add(terms, Term.organization(o.name(), o)));
      for (String alias : o.aliases()) {
        longest = Math.max(longest, add(terms, Term.organization(alias, o)));
      }
    }
    for (Role r : roles) {
      longest = Math.max(longest, add(terms, Term.role(r.phrase(), r)));
    }
    for (Place p : gazetteer.matchable()) {
      Country country = byCode.get(p.country());
      boolean metonym = p.isCapital() && country != null && country.capitalIsMetonym()
          && p.name().equals(country.capital());
      if (metonym) {
        continue;
      }
      longest = Math.max(longest, add(terms, Term.place(p.name(), p)));
      for (String alias : p.aliases()) {
        longest = Math.max(longest, add(terms, Term.place(alias, p)));
      }
    }
    for (DictionaryActor a : dictionaryActors) {
      for (String phrase : a.phrases()) {
        longest = Math.max(longest, add(terms, Term.dictionaryActor(phrase, a)));
      }
    }
    for (Role r : dictionaryRoles) {
      longest = Math.max(longest, add(terms, Term.dictionaryRole(r.phrase(), r)));
    }
    for (Term t : extraTerms) {
      longest = Math.max(longest, add(terms, t));
    }
    Map<String, List<Term>> frozen = new HashMap<>();
    terms.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.index = Collections.unmodifiableMap(frozen);
    this.maxPhraseTokens = Math.min(longest, MAX_PHRASE_TOKENS);
  }

  /**
   * This knowledge base plus the actors and agents of PETRARCH-format dictionaries (actor files
   * such as Phoenix.Countries.actors.txt, agent files such as Phoenix.agents.txt; the kind is told
   * per record). Dyad's own entries win where both know a phrase of the same length; a longer
   * dictionary phrase wins ("Russian President Vladimir Putin"). Dated codes resolve with
   * {@link DictionaryActor#codeOn}. Lines that cannot be read are listed in {@link #diagnostics()}.
   *
   * @throws IOException when a file cannot be read
   */
  public KnowledgeBase withDictionaries(List<Path> files) throws IOException {
    if (files.isEmpty()) {
      return this;
    }
    PetrarchDictionaryReader.Contents contents = PetrarchDictionaryReader.read(files);
    List<DictionaryActor> allActors = new ArrayList<>(dictionaryActors);
    allActors.addAll(contents.actors());
    List<Role> allRoles = new ArrayList<>(dictionaryRoles);
    allRoles.addAll(contents.agents());
    List<String> allDiagnostics = new ArrayList<>(diagnostics);
    allDiagnostics.addAll(contents.diagnostics());
    return new KnowledgeBase(countries.values(), organizations, roles, gazetteer, people, allActors, allRoles,
        allDiagnostics);
  }

  /**
   * This knowledge for documents read as Spanish ({@code es/*.tsv}): countries, organisations and
   * capitals also answer to their Spanish names, demonyms and acronyms ("Rusia", "ruso", "Moscú",
   * "EE.UU.", "la ONU"), the role nouns are the Spanish ones (with English canonical names:
   * "canciller" is a foreign minister), and the canonical names stay English, so an actor read in
   * Spanish is the actor read in English. People, places and user dictionaries are shared.
   */
  public KnowledgeBase inSpanish() {
    Map<String, String[]> spanishCountries = new HashMap<>();
    for (String[] row : Tsv.read(SPANISH_COUNTRIES)) {
      spanishCountries.put(row[0], row);
    }
    List<Country> spanishCountryList = new ArrayList<>();
    List<Term> capitals = new ArrayList<>();
    for (Country c : countries.values()) {
      String[] row = spanishCountries.get(c.iso3());
      List<String> aliases = new ArrayList<>();
      for (String alias : c.aliases()) {
        if (!NOT_IN_SPANISH.contains(alias)) {
          aliases.add(alias);
        }
      }
      List<String> demonyms = new ArrayList<>(c.demonyms());
      String capital = c.capital();
      boolean metonym = c.capitalIsMetonym();
      if (row != null) {
        aliases.addAll(Tsv.list(row[1]));
        for (String demonym : Tsv.list(row[2])) {
          demonyms.addAll(SpanishForms.demonymForms(demonym));
        }
        List<String> spanishCapitals = Tsv.list(row[3]);
        metonym = "yes".equals(row[4]);
        if (!spanishCapitals.isEmpty()) {
          capital = spanishCapitals.get(0);
        }
        for (int i = 1; i < spanishCapitals.size(); i++) {
          if (metonym) {
            capitals.add(Term.country(Term.Type.CAPITAL, spanishCapitals.get(i), c));
          }
        }
      }
      spanishCountryList.add(new Country(c.iso3(), c.name(), aliases, demonyms, capital, metonym));
    }
    Map<String, Organization> byName = new LinkedHashMap<>();
    for (Organization o : organizations) {
      byName.putIfAbsent(o.name(), o);
    }
    List<Organization> spanishOrganizations = new ArrayList<>();
    Map<String, List<String>> addedAliases = new HashMap<>();
    for (String[] row : Tsv.read(SPANISH_ORGANIZATIONS)) {
      if (byName.containsKey(row[0]) && row[2].isBlank()) {
        addedAliases.computeIfAbsent(row[0], k -> new ArrayList<>()).addAll(Tsv.list(row[1]));
      } else if (!row[2].isBlank()) {
        spanishOrganizations.add(new Organization(row[2], row[0], Tsv.list(row[1]), row[3], Tsv.orNull(row[4]),
            Tsv.orNull(row[5])));
      } else {
        throw new IllegalStateException(SPANISH_ORGANIZATIONS + ": '" + row[0]
            + "' is no organisation of organizations.tsv and has no code of its own");
      }
    }
    List<Organization> allOrganizations = new ArrayList<>();
    for (Organization o : organizations) {
      List<String> extra = addedAliases.get(o.name());
      if (extra != null && byName.get(o.name()) == o) {
        List<String> aliases = new ArrayList<>(o.aliases());
        aliases.addAll(extra);
        allOrganizations.add(new Organization(o.code(), o.name(), aliases, o.kind(), o.country(), o.sector()));
      } else {
        allOrganizations.add(o);
      }
    }
    allOrganizations.addAll(spanishOrganizations);
    List<Role> spanishRoles = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String[] row : Tsv.read(SPANISH_ROLES)) {
      String canonical = row[4].isBlank() ? row[0] : row[4];
      Role.Kind kind = Role.Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
      if (seen.add(Phrases.key(row[0]))) {
        spanishRoles.add(new Role(row[0], row[1], kind, Tsv.orNull(row[3]), canonical));
      }
      if (kind == Role.Kind.PERSON) {
        String plural = SpanishForms.pluralOfFirstWord(row[0]);
        if (seen.add(Phrases.key(plural))) {
          spanishRoles.add(new Role(plural, row[1], Role.Kind.COLLECTIVE, Tsv.orNull(row[3]), canonical));
        }
      }
    }
    return new KnowledgeBase(spanishCountryList, allOrganizations, spanishRoles, gazetteer, people, dictionaryActors,
        dictionaryRoles, diagnostics, capitals);
  }

  /**
   * The well-known person of that name: a full name or alias ("Barack Obama"), or the surname
   * news uses alone ("Obama", "von der Leyen") when exactly one known person has it; common
   * surnames ("Khan") are not listed. Case and accents do not matter.
   */
  public Optional<KnownPerson> person(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = Phrases.key(name);
    KnownPerson p = personByName.get(key);
    if (p != null) {
      return Optional.of(p);
    }
    List<KnownPerson> same = peopleBySurname.get(key);
    return same != null && same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }

  /**
   * As {@link #person(String)}, and a surname several known people share ("Bush", "Assad")
   * names the one in office on {@code date}; when none is and all of them served one country,
   * the one whose office ended last before it (the country is sure, the person a guess); with no
   * date, of people of one country, the one whose last office began last. Empty otherwise.
   */
  public Optional<KnownPerson> person(String name, LocalDate date) {
    Optional<KnownPerson> one = person(name);
    if (one.isPresent() || name == null || name.isBlank()) {
      return one;
    }
    List<KnownPerson> same = peopleBySurname.get(Phrases.key(name));
    if (same == null) {
      return Optional.empty();
    }
    if (date == null) {
      return latestOfOneCountry(same);
    }
    List<KnownPerson> inOffice = new ArrayList<>();
    KnownPerson latest = null;
    LocalDate latestEnd = null;
    boolean tie = false;
    for (KnownPerson p : same) {
      for (Office o : p.offices()) {
        if (o.heldOn(date)) {
          if (!inOffice.contains(p)) {
            inOffice.add(p);
          }
        } else if (o.to() != null && o.to().isBefore(date)) {
          if (latestEnd == null || o.to().isAfter(latestEnd)) {
            latest = p;
            latestEnd = o.to();
            tie = false;
          } else if (o.to().equals(latestEnd) && latest != p) {
            tie = true;
          }
        }
      }
    }
    if (inOffice.size() == 1) {
      return Optional.of(inOffice.get(0));
    }
    if (!inOffice.isEmpty() || latest == null || tie) {
      return Optional.empty();
    }
    return oneCountry(same) ? Optional.of(latest) : Optional.empty();
  }

  /** With no date: of people who all served one country, the one whose last office began last. */
  private static Optional<KnownPerson> latestOfOneCountry(List<KnownPerson> same) {
    if (!oneCountry(same)) {
      return Optional.empty();
    }
    KnownPerson latest = null;
    LocalDate latestStart = null;
    for (KnownPerson p : same) {
      LocalDate start = p.offices().get(p.offices().size() - 1).from();
      if (start != null && (latestStart == null || start.isAfter(latestStart))) {
        latest = p;
        latestStart = start;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static boolean oneCountry(List<KnownPerson> people) {
    String country = people.get(0).offices().get(0).country();
    for (KnownPerson p : people) {
      for (Office o : p.offices()) {
        if (!java.util.Objects.equals(o.country(), country)) {
          return false;
        }
      }
    }
    return true;
  }

  public List<KnownPerson> people() {
    return people;
  }

  /** Actors read from PETRARCH dictionaries, in file order. */
  public List<DictionaryActor> dictionaryActors() {
    return dictionaryActors;
  }

  /** Role nouns read from PETRARCH agent dictionaries. */
  public List<Role> dictionaryRoles() {
    return dictionaryRoles;
  }

  /** Dictionary lines that could not be read, with file and line. */
  public List<String> diagnostics() {
    return diagnostics;
  }

  /**
   * The code of the dictionary actor named {@code name} (an actor's name as the resolver gives
   * it; case and spacing do not matter) on {@code date}: how the event coder applies dated roles by the event's date.
   */
  public Optional<String> dictionaryCode(String name, LocalDate date) {
    String key = Phrases.key(name);
    for (DictionaryActor a : dictionaryActors) {
      if (Phrases.key(a.name()).equals(key)) {
        return Optional.ofNullable(a.codeOn(date));
      }
    }
    return Optional.empty();
  }

  /** The knowledge base bundled with Dyad, loaded on first use. */
  public static KnowledgeBase builtIn() {
    return Holder.INSTANCE;
  }

  /**
   * The meanings {@code text} (a stretch of article text) may have: every term whose normalised
   * phrase equals the text's and whose case rule the text satisfies ({@link Phrases#caseMatches}).
   * Empty when the text is no known phrase.
   */
  public List<Term> lookup(String text) {
    List<Term> candidates = index.get(Phrases.key(text));
    if (candidates == null) {
      return List.of();
    }
    List<Term> out = new ArrayList<>(candidates.size());
    for (Term t : candidates) {
      if (Phrases.caseMatches(t.surface(), text)) {
        out.add(t);
      }
    }
    return out;
  }

  /** An upper bound on the number of tokens of any known phrase. */
  public int maxPhraseTokens() {
    return maxPhraseTokens;
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  public Collection<Country> countries() {
    return countries.values();
  }

  public List<Organization> organizations() {
    return organizations;
  }

  public List<Role> roles() {
    return roles;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  private static int add(Map<String, List<Term>> terms, Term term) {
    String key = Phrases.key(term.surface());
    if (key.isEmpty()) {
      return 0;
    }
    List<Term> list = terms.computeIfAbsent(key, k -> new ArrayList<>());
    for (Term existing : list) {
      if (existing.type() == term.type() && existing.entityKey().equals(term.entityKey())
          && Phrases.isExactCase(existing.surface()) == Phrases.isExactCase(term.surface())) {
        return 0;
      }
    }
    list.add(term);
    Matcher m = TOKENISH.matcher(term.surface());
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** The demonyms as written, plus the regular plural of those ending in -an or -i ("Afghans", "Pakistanis"). */
  static List<String> demonymForms(List<String> demonyms) {
    List<String> out = new ArrayList<>(demonyms);
    for (String d : demonyms) {
      if (d.endsWith("an") || d.endsWith("i")) {
        String plural = d + "s";
        if (!out.contains(plural)) {
          out.add(plural);
        }
      }
    }
    return out;
  }

  private static final class Holder {
    static final KnowledgeBase INSTANCE = load(Gazetteer.shared());
  }

  static KnowledgeBase load(Gazetteer gazetteer) {
    List<Country> countries = new ArrayList<>();
    for (String[] row : Tsv.read(COUNTRIES)) {
      countries.add(new Country(row[0], row[1], Tsv.list(row[2]), Tsv.list(row[3]), Tsv.orNull(row[4]),
          "yes".equals(row[5])));
    }
    List<Organization> organizations = new ArrayList<>();
    for (String[] row : Tsv.read(ORGANIZATIONS)) {
      organizations.add(new Organization(row[0], row[1], Tsv.list(row[2]), row[3], Tsv.orNull(row[4]),
          Tsv.orNull(row[5])));
    }
    List<Role> roles = new ArrayList<>();
    for (String[] row : Tsv.read(ROLES)) {
      String canonical = row[4].isBlank() ? row[0] : row[4];
      roles.add(new Role(row[0], row[1], Role.Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)),
          Tsv.orNull(row[3]), canonical));
    }
    return new KnowledgeBase(countries, organizations, roles, gazetteer, loadPeople());
  }

  /** Rows of one person (same name) are that person's offices, in file order. */
  static List<KnownPerson> loadPeople() {
    Map<String, List<String[]>> rowsByName = new LinkedHashMap<>();
    for (String[] row : Tsv.read(PEOPLE)) {
      rowsByName.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
    }
    List<KnownPerson> people = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> entry : rowsByName.entrySet()) {
      List<Office> offices = new ArrayList<>();
      List<String> aliases = new ArrayList<>();
      List<String> surnames = new ArrayList<>();
      for (String[] row : entry.getValue()) {
        for (String alias : Tsv.list(row[1])) {
          if (!aliases.contains(alias)) {
            aliases.add(alias);
          }
        }
        for (String surname : Tsv.list(row[8])) {
          if (!surnames.contains(surname)) {
            surnames.add(surname);
          }
        }
        offices.add(new Office(Tsv.orNull(row[2]), row[3], row[4], Tsv.orNull(row[5]),
            row[6].isBlank() ? null : LocalDate.parse(row[6]), row[7].isBlank() ? null : LocalDate.parse(row[7])));
      }
      people.add(new KnownPerson(entry.getKey(), aliases, surnames, offices));
    }
    return people;
  }
}
