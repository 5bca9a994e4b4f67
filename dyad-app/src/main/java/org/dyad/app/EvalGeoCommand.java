package org.dyad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.eval.GeoEvaluation;
import org.dyad.pipeline.eval.GeoGold;
import org.dyad.pipeline.geo.GeoGazetteer;
import org.dyad.pipeline.geo.ToponymFinder;
import org.dyad.pipeline.geo.ToponymResolver;
import org.dyad.pipeline.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval geo}: toponym resolution on GeoWebNews and TR-News. */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = {
        "Score toponym resolution on the geoparsing gold sets of ../shared/data/geo (gwn: GeoWebNews, tr-news: TR-News).",
        "Given the gold toponym spans: Acc@161km (share resolved within 161 km of the gold point) and country accuracy;",
        "an unresolved toponym counts as wrong. Ends with 'geo <name> acc161 0.000 country 0.000 n=N'.",
        "--end-to-end also finds the toponyms (spans overlap to match) and ends with",
        "'geo <name> F1 0.000 P 0.000 R 0.000 acc161 0.000 n=N' (a gold toponym not found counts as wrong)."
    })
public final class EvalGeoCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true, paramLabel = "gwn|tr-news", description = "gold set to score against")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--split", paramLabel = "all|dev|test", defaultValue = "all",
      description = "documents to score: all (default), dev (also 'train': the first 70%% in file order, the part to "
          + "read errors on with --verbose) or test (the last 30%%, the part Mordecai reports on; only measure it)")
  String split;

  @Option(names = "--end-to-end", description = "also find the toponyms (NER and gazetteer) instead of taking the gold spans")
  boolean endToEnd;

  @Option(names = "--verbose", description = {"print each toponym resolved more than 161 km from its gold point, one line each:",
      "'miss DOC [text] gold LAT,LON COUNTRY -> reading (km, why that reading)' (and, end to end, each extra one);",
      "read them on --split dev"})
  boolean verbose;

  @Override
  public Integer call() {
    if (!GeoGold.DATASETS.contains(dataset)) {
      throw new UserException("eval geo: unknown dataset '" + dataset + "' (known: " + String.join(", ", GeoGold.DATASETS) + ")",
          Main.EXIT_USAGE);
    }
    if (!List.of("all", "train", "dev", "test").contains(split)) {
      throw new UserException("eval geo: unknown split '" + split + "' (known: all, dev, train, test)", Main.EXIT_USAGE);
    }
    Path file = GeoGold.file(data, dataset);
    if (!Files.isRegularFile(file)) {
      throw new UserException("eval geo: " + file + " not found (give the gold-set folder with --data)", Main.EXIT_USAGE);
    }
    List<GeoGold.Article> articles;
    try {
      articles = GeoGold.split(GeoGold.read(data, dataset), split);
    } catch (IOException e) {
      throw new UserException("eval geo: " + e.getMessage(), Main.EXIT_UNREADABLE);
    }
    GeoGazetteer gazetteer = GeoGazetteer.shared();
    GeoEvaluation evaluation = new GeoEvaluation(ToponymResolver.shared());
    GeoEvaluation.Result result = endToEnd
        ? evaluation.endToEnd(articles, Annotator.shared(), new ToponymFinder(gazetteer), verbose ? System.out::println : null)
        : evaluation.goldSpans(articles, verbose ? System.out::println : null);
    System.out.printf("%d documents (%s); exact GeoNames id %.3f of %d gold toponyms with an id%n", articles.size(), split,
        result.exactMatch(), result.exactGold());
    System.out.println("geo " + dataset + " " + (endToEnd ? result.endToEndLine() : result.goldSpanLine()));
    return Main.EXIT_OK;
  }
}
