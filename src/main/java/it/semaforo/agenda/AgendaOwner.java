package it.semaforo.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** The row that serialises bookings into one user's agenda: a booking locks it before it checks for overlaps. */
@Entity
class AgendaOwner implements Persistable<String> {

    @Id
    private String userId;

    /** Rows are only ever inserted, never merged: saving one always means "insert". */
    @Transient
    private boolean fresh;

    protected AgendaOwner() {
    }

    AgendaOwner(String userId) {
        this.userId = userId;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return userId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
