package org.dyad.pipeline.code;

/** Actor set for running the coder on the reference article before the real resolver exists. */
public final class ScratchActors {
  private final FakeActors fake;
  private ScratchActors(FakeActors fake) { this.fake = fake; }
  public static ScratchActors moscow() {
    return new ScratchActors(new FakeActors()
        .actor("a1", "Taliban", "group", "AFG", "Taliban", "Islamic Emirate of Afghanistan")
        .actor("a2", "Russia", "country", "RUS", "Russia", "Russian", "Moscow")
        .actor("a3", "China", "country", "CHN", "China")
        .actor("a4", "United States", "country", "USA", "U.S.", "American", "U.S. Department of State")
        .actor("a5", "Afghanistan", "country", "AFG", "Afghanistan", "Afghans", "Afghan")
        .actor("a6", "Qatar", "country", "QAT", "Qatar")
        .actor("a7", "European Union", "organization", null, "European Union", "European")
        .actor("a8", "G20", "organization", null, "G20")
        .actor("a9", "Vladimir Putin", "person", "RUS", "Putin", "Vladimir Putin")
        .actor("a10", "Maria Zakharova", "person", "RUS", "Zakharova", "Maria Zakharova")
        .time("next week", "2021-W42").time("Next week", "2021-W42").time("October 20", "2021-10-20")
        .time("This week", "2021-W41").time("August 15", "2021-08-15").time("Thursday", "2021-10-14")
        .time("last month", "2021-09").time("September", "2021-09").time("2017", "2017")
        .place("Moscow", "RUS", 55.75, 37.62).place("Doha", "QAT", 25.29, 51.53).place("Qatar", "QAT", 25.3, 51.2)
        .place("Rome", "ITA", 41.9, 12.5).place("Kabul", "AFG", 34.53, 69.17).place("Russia", "RUS", 61.5, 105.3));
  }
  public org.dyad.pipeline.resolve.ResolvedArticle resolve(org.dyad.pipeline.nlp.AnnotatedArticle a) { return fake.resolve(a); }
  public EventCoder coder() { return new EventCoder(fake.places()); }
}
