package org.dyad.spark;

import org.dyad.pipeline.Pipeline;

/** The pipeline of this JVM (driver or executor): created on first use, models loaded once. */
final class ExecutorPipeline {

  private static volatile Pipeline pipeline;

  private ExecutorPipeline() {}

  static Pipeline get() {
    Pipeline local = pipeline;
    if (local == null) {
      synchronized (ExecutorPipeline.class) {
        local = pipeline;
        if (local == null) {
          local = new Pipeline();
          pipeline = local;
        }
      }
    }
    return local;
  }
}
