/**
 * The customer portal: a customer's contact signs in with a single-use link sent by e-mail (no passwords), sees
 * their services with the days remaining and the past periods, and renews one close to expiry through a payment
 * provider. A renewal renews the deadline with the back office's own arithmetic, so its {@code deadline-lifecycle}
 * ends and a new one starts, and starts a {@code renewal-order} process (confirmation e-mail, payment check).
 */
package it.semaforo.portal;
