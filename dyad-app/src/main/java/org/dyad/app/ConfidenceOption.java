package org.dyad.app;

import org.dyad.model.Confidence;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** {@code --min-confidence}: which coded events a command keeps. */
final class ConfidenceOption {

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "keep the events whose confidence is at least P, 0 to 1 (default: ${DEFAULT-VALUE}, the precise set; "
          + "0 keeps every event the coder finds)")
  double minConfidence = Confidence.DEFAULT_MINIMUM;

  /** The pipeline keeping the events of at least the minimum; a usage error when it is not 0 to 1. */
  Pipeline apply(Pipeline pipeline) {
    try {
      return pipeline.withMinConfidence(minConfidence);
    } catch (IllegalArgumentException e) {
      throw new UserException("--min-confidence: " + e.getMessage(), Main.EXIT_USAGE);
    }
  }
}
