package dev.driftgate.model;

/**
 * A rewrite rule of a table or view ({@code CREATE RULE}), other than a view's own {@code _RETURN}.
 *
 * @param definition the rule as the server deparses it, without its name: {@code CREATE RULE AS ON
 *     DELETE TO public.orders DO INSTEAD NOTHING}
 * @param enabled false once {@code ALTER TABLE ... DISABLE RULE} ran
 */
public record Rule(String name, String definition, boolean enabled)
    implements java.io.Serializable {}
