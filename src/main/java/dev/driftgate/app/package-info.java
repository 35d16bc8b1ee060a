/**
 * The use cases ({@code Verify}, {@code Migrate}, {@code MigrateStatus}, {@code InitDb}, {@code
 * Lint}, later {@code Diff}), wired by hand with constructors. They orchestrate the packages below
 * and return data; they never print. Results the command line shows are records of this package
 * ({@code MigrateReport}, {@code DatabaseReport}, {@code InitReport}, ...), because {@code cli} may
 * not see {@code migrate}.
 *
 * <p>May depend on every package but {@code cli}.
 */
package dev.driftgate.app;
