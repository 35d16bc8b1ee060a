/** The {@code lint} use case: static checks of the migrations, no database needed. */
package dev.driftgate.app.lint;
