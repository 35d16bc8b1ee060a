package dev.driftgate.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.report.AuditStatus;
import dev.driftgate.report.DatabaseAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads back a database's row as the JSON report (and the state file) writes it. */
final class StoredRows {
  private StoredRows() {}

  static DatabaseAudit row(JsonNode n) {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : n.path("findings")) {
      findings.add(finding(f));
    }
    return new DatabaseAudit(
        text(n, "name"),
        text(n, "tier"),
        text(n, "database"),
        text(n, "position"),
        n.path("applied").asInt(),
        n.path("head").asInt(),
        AuditStatus.valueOf(text(n, "status").toUpperCase(Locale.ROOT)),
        text(n, "detail"),
        text(n, "fingerprint"),
        findings,
        n.path("duration_ms").asLong());
  }

  private static Finding finding(JsonNode f) {
    JsonNode sources = f.path("sources");
    Source left = source(sources.path(0).asText());
    Source right = sources.size() > 1 ? source(sources.path(1).asText()) : null;
    JsonNode locations = f.path("locations");
    String fix = text(f, "fix");
    String noFix = text(f, "fix_unavailable");
    return new Finding(
        FindingKind.byId(text(f, "kind")),
        Severity.valueOf(text(f, "severity").toUpperCase(Locale.ROOT)),
        text(f, "tier"),
        text(f, "object"),
        left,
        right,
        text(f, "expected"),
        text(f, "actual"),
        text(locations, left.id()),
        right == null ? null : text(locations, right.id()),
        text(f, "message"),
        fix != null ? Fix.sql(fix) : noFix != null ? Fix.none(noFix) : null);
  }

  private static Source source(String id) {
    for (Source s : Source.values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown source " + id);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
