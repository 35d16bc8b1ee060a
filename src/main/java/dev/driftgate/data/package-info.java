/**
 * Data for a replay over rows (issue 18): rows generated from the schema model that respect its
 * types, keys and checks, with edge values where allowed ({@code RowFiller}), and what each
 * migration statement does to tables that hold rows, measured on the database itself: a rewrite
 * (the table's file node changes), the locks held while it scans or builds an index ({@code
 * HazardWatch}).
 *
 * <p>May depend on {@code model}, {@code sqlscript} and {@code migrate} (the runner's statement
 * observer); PostgreSQL through JDBC and pgjdbc's copy API. Knows nothing of findings or reports:
 * {@code app} turns what it measures into findings.
 */
package dev.driftgate.data;
