package dev.driftgate.bench.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Readable names, unique within a tier and at most 63 bytes (PostgreSQL truncates longer ones,
 * which would make two names collide silently). Tables, types, sequences, views, indexes and
 * constraints share one pool: tables and types share PostgreSQL's type namespace, and unique names
 * everywhere keep every object's key unambiguous.
 */
final class Names {
  private static final int MAX = 63;
  private static final List<String> AREAS =
      List.of(
          "sales", "billing", "stock", "crm", "hr", "fleet", "audit", "support", "catalog", "ship",
          "payroll", "tax", "asset", "project", "market", "vendor", "legal", "quality", "service",
          "energy", "travel", "lab", "media", "school", "clinic", "farm", "retail", "bank", "hotel",
          "event");
  private static final List<String> THINGS =
      List.of(
          "accounts",
          "invoices",
          "orders",
          "items",
          "shipments",
          "contacts",
          "tickets",
          "payments",
          "contracts",
          "assets",
          "budgets",
          "claims",
          "visits",
          "leads",
          "quotes",
          "parcels",
          "batches",
          "devices",
          "licenses",
          "notes",
          "ratings",
          "routes",
          "slots",
          "tasks",
          "teams",
          "units",
          "vouchers",
          "zones",
          "events",
          "rules",
          "bookings",
          "credits",
          "groups",
          "logs",
          "plans",
          "regions",
          "reports",
          "sites",
          "stores",
          "vendors");
  private static final List<String> ENUM_NOUNS =
      List.of("order", "ticket", "invoice", "account", "task", "shipment", "contract", "lead");

  /** Enum kinds and their labels; the first few start the type, the rest are spare. */
  static final Map<String, List<String>> ENUM_LABELS =
      Map.of(
          "status",
          List.of("draft", "open", "active", "on_hold", "closed", "archived", "cancelled"),
          "kind",
          List.of("standard", "express", "internal", "external", "partner", "bulk", "sample"),
          "priority",
          List.of("lowest", "low", "normal", "high", "urgent", "critical", "blocker"),
          "level",
          List.of("basic", "bronze", "silver", "gold", "platinum", "diamond"),
          "stage",
          List.of("received", "triage", "review", "approved", "rejected", "done", "reopened"));

  private static final List<String> ENUM_KINDS =
      List.of("status", "kind", "priority", "level", "stage");

  private final Set<String> taken = new HashSet<>();
  private final Random random;

  Names(Random random) {
    this.random = random;
  }

  String table() {
    return unique(pick(AREAS) + "_" + pick(THINGS));
  }

  /** A new enum type's name and kind (the key of {@link #ENUM_LABELS}). */
  String[] enumType() {
    String kind = pick(ENUM_KINDS);
    return new String[] {unique(pick(ENUM_NOUNS) + "_" + kind), kind};
  }

  /** {@code wanted} if free, else {@code wanted_2}, {@code wanted_3}, ...; always at most 63. */
  String unique(String wanted) {
    String base = wanted.length() > MAX ? wanted.substring(0, MAX) : wanted;
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      String suffix = "_" + n;
      name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
    }
    return name;
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
