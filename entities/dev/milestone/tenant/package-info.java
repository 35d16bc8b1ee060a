/**
 * JPA entities of a Milestone tenant database ({@code milestone}, or {@code milestone_<slug>} per
 * tenant): users, sites, staff, projects with phases and milestones, equipment bookings, absences,
 * skills, custom columns, company events and presence. Mirrors the tenant part of {@code
 * setup_databases.sql}.
 */
package dev.milestone.tenant;
