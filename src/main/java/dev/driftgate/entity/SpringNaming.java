package dev.driftgate.entity;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * The naming Spring Boot applies by default, so that a Spring application's entities are checked
 * against the names its Hibernate really uses: camel case becomes snake case in lower case
 * (Spring's {@code CamelCaseToUnderscoresNamingStrategy}), and a join table is named after the
 * owning table and attribute (Spring's {@code SpringImplicitNamingStrategy}).
 */
final class SpringNaming {
  private SpringNaming() {}

  /** Physical names: {@code orderLines} becomes {@code order_lines}, dots become underscores. */
  static final class Physical implements PhysicalNamingStrategy {
    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
      return apply(name);
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
      return apply(name);
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
      return apply(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
      return apply(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
      return apply(name);
    }

    private static Identifier apply(Identifier name) {
      if (name == null) {
        return null;
      }
      return new Identifier(snakeCase(name.getText()), name.isQuoted());
    }
  }

  /** Implicit join table names: {@code <owning table>_<attribute>}. */
  static final class Implicit extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
      String name =
          source.getOwningPhysicalTableName()
              + "_"
              + source.getAssociationOwningAttributePath().getProperty();
      return toIdentifier(name, source.getBuildingContext());
    }
  }

  /**
   * Spring's rule: an underscore goes before an upper-case letter that follows a lower-case letter
   * or digit and precedes a lower-case letter or digit; then everything is lower case.
   */
  static String snakeCase(String text) {
    StringBuilder s = new StringBuilder(text.replace('.', '_'));
    for (int i = 1; i < s.length() - 1; i++) {
      if (underscoreBefore(s.charAt(i - 1), s.charAt(i), s.charAt(i + 1))) {
        s.insert(i++, '_');
      }
    }
    return s.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean underscoreBefore(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before))
        && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
