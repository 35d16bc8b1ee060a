/**
 * The use cases, one small package each, wired by hand with constructors: {@code verify}, {@code
 * diff}, {@code migrate} (the runner's commands: migrate, status, init-db) and {@code lint}. They
 * orchestrate the packages below and return data; they never print. Results the command line shows
 * are records of these packages ({@code MigrateReport}, {@code DatabaseReport}, {@code InitReport},
 * ...), because {@code cli} may not see {@code migrate}.
 *
 * <p>What several use cases share — loading a project, building a tier's scratch databases, probes
 * and blame, timing and progress — is {@code app.build}, one package below them. Use-case packages
 * never depend on each other; {@code app.build} depends on none of them.
 *
 * <p>May depend on every package but {@code cli}.
 */
package dev.driftgate.app;
