package org.dyad.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import picocli.CommandLine.Option;

/** Options that add knowledge to the pipeline: PETRARCH-format actor and agent dictionaries. */
final class KnowledgeOptions {

  @Option(names = "--actors-dictionary", paramLabel = "FILE",
      description = "a PETRARCH-format actor or agent dictionary to add to the built-in knowledge (repeatable); "
          + "dated roles ([CODE >YYMMDD]) apply by date")
  List<Path> dictionaries = new ArrayList<>();

  /** Fails early, before any input is read, when a dictionary file can't be read. */
  void checkReadable() {
    for (Path file : dictionaries) {
      if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
        throw new UserException("could not read the actors dictionary: " + file + ": no such readable file", Main.EXIT_UNREADABLE);
      }
    }
  }

  /** The pipeline with the built-in knowledge plus the dictionaries given; their unreadable lines are warned about. */
  Pipeline pipeline() {
    if (dictionaries.isEmpty()) {
      return new Pipeline();
    }
    ActorResolver resolver;
    try {
      resolver = ActorResolver.withDictionaries(dictionaries);
    } catch (IOException e) {
      throw new UserException("could not read the actors dictionary: " + e.getMessage(), Main.EXIT_UNREADABLE);
    }
    List<String> diagnostics = resolver.knowledge().diagnostics();
    for (String line : diagnostics.subList(0, Math.min(20, diagnostics.size()))) {
      System.err.println("dyad: warning: " + line);
    }
    if (diagnostics.size() > 20) {
      System.err.println("dyad: warning: … and " + (diagnostics.size() - 20) + " more unreadable dictionary lines");
    }
    return new Pipeline(Annotator.shared(), resolver, new EventCoder());
  }
}
