/**
 * JPA entities of the Milestone master database ({@code milestone_admin}): tenants, platform admin
 * users, organizations and their SSO configuration. Mirrors the master part of {@code
 * setup_databases.sql}.
 */
package dev.milestone.master;
