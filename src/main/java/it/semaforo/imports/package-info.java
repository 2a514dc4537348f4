/**
 * Imports of customers and prospects from CSV and Excel files of any source: a column mapping saved per source
 * (proposed from the header names the first time), a dry run that shows every row's outcome without writing, and
 * background jobs that merge accepted rows into the anagrafica ({@code Customers.merge}) in chunks, with progress
 * and a report of every rejected row (line, field, reason).
 */
package it.semaforo.imports;
