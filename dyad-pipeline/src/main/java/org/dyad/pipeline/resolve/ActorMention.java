package org.dyad.pipeline.resolve;

/**
 * One mention of a resolved actor: tokens [firstToken, endToken) of sentence {@code sentence},
 * characters [start, end) of the article text.
 */
public record ActorMention(String actorId, int sentence, int firstToken, int endToken, int start, int end, String text) {}
