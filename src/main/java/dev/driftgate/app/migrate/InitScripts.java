package dev.driftgate.app.migrate;

import dev.driftgate.app.build.SetupSections;
import dev.driftgate.config.Secret;
import dev.driftgate.migrate.DatabaseInitializer;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code init-db} runs on a tier's database: its part of the canonical script, its seed script
 * (manifest {@code seed:}), and the migrations it records as applied.
 */
record InitScripts(List<Statement> statements, boolean seeded, List<MigrationScript> migrations) {

  static InitScripts read(RunnerContext ctx, String tier) {
    List<Statement> setup = SetupSections.read(ctx.project).get(tier);
    Path seed = ctx.project.manifest().seeds().get(tier);
    List<Statement> seedStatements =
        seed == null ? List.of() : new ScriptReader().read(ctx.project.root(), seed).statements();
    return new InitScripts(
        DatabaseInitializer.concat(setup, seedStatements),
        seed != null,
        ctx.scripts(null).get(tier));
  }

  /**
   * The session settings a seed script reads with {@code current_setting('driftgate.…')}: the
   * administrator's e-mail and bcrypt hash, and the tenant's slug (empty without one).
   */
  Map<String, String> variables(String adminEmail, Secret password, String tenant) {
    Map<String, String> vars = new LinkedHashMap<>();
    if (seeded) {
      vars.put("driftgate.admin_email", adminEmail);
      vars.put("driftgate.admin_password_hash", AdminPassword.hash(password));
      vars.put("driftgate.tenant_slug", tenant == null ? "" : tenant);
    }
    return vars;
  }
}
