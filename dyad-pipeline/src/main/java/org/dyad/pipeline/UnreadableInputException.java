package org.dyad.pipeline;

/**
 * The input can't be read as a news document: binary, empty, unsupported type, unreachable.
 * The message is one line a user can act on, naming the source.
 */
public final class UnreadableInputException extends Exception {

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
