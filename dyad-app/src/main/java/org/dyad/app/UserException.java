package org.dyad.app;

/** A failure the user can act on: printed as one line, with an exit code, never a stack trace. */
public final class UserException extends RuntimeException {

  private final int exitCode;

  public UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserException(String message) {
    this(message, Main.EXIT_USAGE);
  }

  public int exitCode() {
    return exitCode;
  }
}
