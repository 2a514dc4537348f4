/**
 * The back-office console: server-rendered pages (Thymeleaf + htmx) over the public API of the feature modules.
 * Dashboard, customers and their card, deadlines report, e-mail outbox, KPI, deals, campaigns and assignment rules
 * pages, signed in with the same users and groups as Tasklist. Sellers ({@code sales}) see only the customers they
 * own; managers and administration see all. Other modules add tabs to the customer card with a
 * {@link it.semaforo.console.CustomerTab} bean.
 */
package it.semaforo.console;
