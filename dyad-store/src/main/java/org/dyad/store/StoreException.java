package org.dyad.store;

/** The store could not be opened or written: a message a user can act on (wrong version, bad path, broken database). */
public final class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
