package it.semaforo.agenda;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Locks a user's agenda for the current transaction, creating its lock row the first time. */
@Component
class AgendaOwners {

    private final AgendaOwnerRepository repository;
    private final TransactionTemplate separateTransaction;

    AgendaOwners(AgendaOwnerRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Holds the user's lock row until the current transaction ends; a concurrent booking waits here. */
    void lock(String userId) {
        if (repository.lock(userId).isPresent()) {
            return;
        }
        try {
            // committed on its own, so that a concurrent first booking finds the row and waits on it
            separateTransaction.executeWithoutResult(status -> repository.saveAndFlush(new AgendaOwner(userId)));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // the other booking created it first: fine, we lock it below
        }
        repository.lock(userId).orElseThrow();
    }
}
