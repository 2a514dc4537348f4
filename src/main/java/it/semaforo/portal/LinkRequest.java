package it.semaforo.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One request for a sign-in link, kept for the rate limits whether or not the address is a customer's. */
@Entity
@Table(name = "portal_link_request")
class LinkRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String clientAddress;

    private Instant requestedAt;

    protected LinkRequest() {
    }

    LinkRequest(String email, String clientAddress, Instant requestedAt) {
        this.email = email;
        this.clientAddress = clientAddress;
        this.requestedAt = requestedAt;
    }
}
