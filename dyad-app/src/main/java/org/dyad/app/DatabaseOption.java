package org.dyad.app;

import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db FILE|jdbc:postgresql://…}: which store a command reads or writes. */
final class DatabaseOption {

  static final String DEFAULT = "dyad-data/dyad.db";

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
      description = "the store: a SQLite file or jdbc:postgresql://host/db?user=…&password=… (default: ${DEFAULT-VALUE})",
      defaultValue = DEFAULT)
  String database;

  Store open() {
    try {
      return Store.open(database);
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), Main.EXIT_UNREADABLE);
    }
  }

  /** Opens a store that must exist already (queries and exports do not create one). */
  Store openExisting() {
    if (!database.startsWith("jdbc:") && !java.nio.file.Files.exists(java.nio.file.Path.of(database))) {
      throw new UserException(database + ": no such database; run ./dyad ingest first (or give --db)", Main.EXIT_UNREADABLE);
    }
    return open();
  }
}
