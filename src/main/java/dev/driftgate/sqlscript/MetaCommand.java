package dev.driftgate.sqlscript;

import java.util.Objects;

/**
 * The psql backslash commands a migration script may use. Anything else is rejected by the lexer,
 * because silently skipping a command psql would run makes the gate see a different database.
 */
public sealed interface MetaCommand extends ScriptItem {

  /** {@code \c dbname} / {@code \connect dbname}: later statements run in another database. */
  record Connect(String database, SourceLocation location) implements MetaCommand {
    public Connect {
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code \i} / {@code \include} (path relative to the project root, or else to the including
   * file's directory) or {@code \ir} / {@code \include_relative} (path relative to the including
   * file). Only the lexer produces it; {@link ScriptReader} replaces it by the included file's
   * items.
   */
  record Include(String path, boolean relativeToScript, SourceLocation location)
      implements MetaCommand {
    public Include {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(location, "location");
    }
  }

  /** {@code \set NAME [VALUE ...]}; psql concatenates the values, an absent value is empty. */
  record SetVariable(String name, String value, SourceLocation location) implements MetaCommand {
    public SetVariable {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(location, "location");
    }
  }

  /** <code>&#92;unset NAME</code>. */
  record UnsetVariable(String name, SourceLocation location) implements MetaCommand {
    public UnsetVariable {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(location, "location");
    }
  }

  /** {@code \echo text ...}: the arguments joined by single spaces, as psql prints them. */
  record Echo(String text, SourceLocation location) implements MetaCommand {
    public Echo {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * A command that changes only psql itself, nothing on the server: {@code \restrict KEY} and
   * <code>&#92;unrestrict KEY</code>, which pg_dump writes around a dump (psql refuses every other
   * meta-command in between, and so does the lexer), and {@code \encoding} with UTF8 or SQL_ASCII,
   * which pg_dump writes before a {@code \connect}. Consumers ignore it.
   *
   * @param name the command as written, e.g. {@code \restrict}
   * @param argument its argument, empty if it has none
   */
  record ClientOnly(String name, String argument, SourceLocation location) implements MetaCommand {
    public ClientOnly {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(argument, "argument");
      Objects.requireNonNull(location, "location");
    }
  }

  /** {@code \q} / {@code \quit}: psql stops reading the script, including every includer. */
  record Quit(SourceLocation location) implements MetaCommand {
    public Quit {
      Objects.requireNonNull(location, "location");
    }
  }
}
