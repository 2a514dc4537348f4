package it.semaforo.credit;

import java.util.List;

import jakarta.validation.constraints.Size;

import it.semaforo.customers.CustomerKind;

/**
 * The scope of a Go Check: every customer, supplier or prospect with a valid partita IVA, or only those of one kind
 * and/or of some sectors (the segment), and why.
 */
public record MassCheckRequest(CustomerKind kind, @Size(max = 50) List<@Size(max = 100) String> sectors,
                               @Size(max = 500) String reason) {

    public List<String> sectorsOrNone() {
        return sectors == null ? List.of() : sectors.stream().filter(s -> s != null && !s.isBlank()).toList();
    }
}
