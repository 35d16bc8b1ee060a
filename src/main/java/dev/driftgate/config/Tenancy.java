package dev.driftgate.config;

import java.util.regex.Pattern;

/**
 * How a multi-tenant project finds its tenants (manifest {@code tenancy:}, SPEC §4 extension): the
 * tier every tenant database follows, the tier of the master database that lists them, and the
 * table and columns of that list. Without a {@code tenancy:} section, a project whose tiers are
 * named {@code master} and {@code tenant} gets {@link #conventional()}.
 *
 * @param table the tenants table in the master database, optionally schema-qualified
 * @param nameColumn a NOT NULL display-name column that {@code init-db --tenant} fills with the
 *     slug, or null
 * @param databasePrefix {@code init-db --tenant SLUG} creates database {@code prefix + slug}
 * @param databasePattern the database names a tenant row may hold: a regular expression in which
 *     {@code {slug}} stands for the row's slug; null: exactly {@code prefix + slug}
 */
public record Tenancy(
    String tenantTier,
    String masterTier,
    String table,
    String slugColumn,
    String databaseColumn,
    String activeColumn,
    String nameColumn,
    String databasePrefix,
    String databasePattern) {

  /** The placeholder for the row's slug in {@link #databasePattern}. */
  public static final String SLUG = "{slug}";

  /** Whether a tenants-table row may point tenant {@code slug} at {@code database}. */
  public boolean allows(String slug, String database) {
    if (databasePattern == null) {
      return database.equals(databasePrefix + slug);
    }
    return Pattern.compile(databasePattern.replace(SLUG, Pattern.quote(slug)))
        .matcher(database)
        .matches();
  }

  /** What {@link #allows} accepts, for messages. */
  public String expectedDatabase(String slug) {
    return databasePattern == null
        ? databasePrefix + slug
        : "a name matching database_pattern " + databasePattern;
  }

  /** Milestone's layout: {@code tenants(slug, database_name, is_active, name)} in the master. */
  public static Tenancy conventional(String tenantDatabase) {
    return new Tenancy(
        "tenant",
        "master",
        "tenants",
        "slug",
        "database_name",
        "is_active",
        "name",
        tenantDatabase + "_",
        null);
  }
}
