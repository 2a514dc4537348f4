package it.semaforo.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Where a round-robin rule stands: the user who got its latest customer. */
@Entity
class AssignmentCursor {

    @Id
    private Long ruleId;

    private String lastUserId;

    protected AssignmentCursor() {
    }

    AssignmentCursor(long ruleId) {
        this.ruleId = ruleId;
    }

    String getLastUserId() {
        return lastUserId;
    }

    void moveTo(String userId) {
        this.lastUserId = userId;
    }
}
