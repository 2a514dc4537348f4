package it.semaforo.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customers;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/** Recall actions: plan them, see what is due today, mark them done, record the outcome of a recall task. */
@Service
@Transactional(readOnly = true)
public class RecallActions {

    private final RecallActionRepository repository;
    private final Customers customers;
    private final Deadlines deadlines;
    private final Clock clock;

    RecallActions(RecallActionRepository repository, Customers customers, Deadlines deadlines, Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public RecallAction plan(NewRecallAction request, String userId) {
        try {
            customers.get(request.customerId());
        } catch (NotFoundException missing) {
            throw new InvalidInputException("customerId", "semaforo.reference.missing");
        }
        if (request.deadlineId() != null) {
            Deadline deadline;
            try {
                deadline = deadlines.get(request.deadlineId());
            } catch (NotFoundException missing) {
                throw new InvalidInputException("deadlineId", "semaforo.reference.missing");
            }
            if (!deadline.getCustomer().getId().equals(request.customerId())) {
                throw new InvalidInputException("deadlineId", "semaforo.recall.deadlineOfOtherCustomer");
            }
        }
        RecallType type = request.type() == null ? RecallType.CALL : request.type();
        return repository.save(new RecallAction(request.customerId(), request.deadlineId(), request.dueDate(), type,
                request.note(), userId, clock.instant()));
    }

    /** Plans a recall action of a customer the viewer sees (the call center too: recalls are calls). */
    @Transactional
    public RecallAction plan(NewRecallAction request, Viewer viewer) {
        try {
            customers.get(request.customerId(), viewer);
        } catch (NotFoundException notVisible) {
            throw new InvalidInputException("customerId", "semaforo.reference.missing");
        }
        return plan(request, viewer.userId());
    }

    public RecallAction get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Recall action", id));
    }

    /** The action if the viewer may see its customer; otherwise it does not exist for them (404). */
    public RecallAction get(long id, Viewer viewer) {
        RecallAction action = get(id);
        if (!customers.get(action.getCustomerId()).isVisibleTo(viewer)) {
            throw new NotFoundException("Recall action", id);
        }
        return action;
    }

    /** Marks the action done (again is harmless) and updates the customer's last recall date. */
    @Transactional
    public RecallAction complete(long id) {
        RecallAction action = get(id);
        action.complete(clock.instant());
        customers.recordRecall(action.getCustomerId(), LocalDate.now(clock));
        return action;
    }

    /** Recall actions due today or overdue and not done. */
    public List<RecallAction> toDoToday() {
        return repository.findByDoneFalseAndDueDateLessThanEqualOrderByDueDateAscIdAsc(LocalDate.now(clock));
    }

    /** As {@link #toDoToday()}, only for the customers of {@code ownerUserId} when it is given. */
    public List<RecallAction> toDoToday(String ownerUserId) {
        return repository.findToDo(LocalDate.now(clock), ownerUserId);
    }

    public Page<RecallAction> search(Long customerId, Boolean done, Pageable pageable) {
        return search(customerId, done, null, pageable);
    }

    /** As {@link #search(Long, Boolean, Pageable)}, only for the customers of {@code ownerUserId} when it is given. */
    public Page<RecallAction> search(Long customerId, Boolean done, String ownerUserId, Pageable pageable) {
        return repository.search(customerId, done, ownerUserId, pageable);
    }

    /**
     * Records what came of a recall task on a deadline as a completed call, and acts on it: RENEWED renews the
     * deadline. CALL_AGAIN needs the day to call again.
     */
    @Transactional
    public void recordOutcome(long deadlineId, RecallOutcome outcome, String note, LocalDate callAgainOn,
                              String userId) {
        Deadline deadline = deadlines.get(deadlineId);
        String summary = outcome + (callAgainOn != null && outcome == RecallOutcome.CALL_AGAIN ? " " + callAgainOn : "")
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        RecallAction call = repository.save(new RecallAction(deadline.getCustomer().getId(), deadlineId,
                LocalDate.now(clock), RecallType.CALL, summary, userId, clock.instant()));
        complete(call.getId());
        if (outcome == RecallOutcome.RENEWED) {
            deadlines.renew(deadlineId, Renewal.SAME_TERMS);
        }
    }
}
