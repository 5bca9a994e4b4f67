/**
 * The Dyad pipeline: {@code RawDocument → Article → AnnotatedArticle → ResolvedArticle →
 * DocumentRecord}. {@link org.dyad.pipeline.Pipeline} runs the stages in order; the same stages run
 * in the CLI, the server and inside Spark tasks.
 */
package org.dyad.pipeline;
