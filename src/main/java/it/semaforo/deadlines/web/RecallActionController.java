package it.semaforo.deadlines.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.NewRecallAction;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.deadlines.RecallType;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.web.PageView;

/** Recall actions of the customers the caller sees (sellers: their own); others' are 404 and never listed. */
@RestController
@RequestMapping("/api/recall-actions")
@Tag(name = "Recall actions", description = "Azioni di richiamo: plan, list what is due today, mark done")
class RecallActionController {

    private final RecallActions recallActions;

    RecallActionController(RecallActions recallActions) {
        this.recallActions = recallActions;
    }

    record RecallActionView(long id, long customerId, Long deadlineId, LocalDate dueDate, RecallType type, String note,
                            boolean done, Instant doneAt, String createdBy, Instant createdAt) {
        static RecallActionView of(RecallAction r) {
            return new RecallActionView(r.getId(), r.getCustomerId(), r.getDeadlineId(), r.getDueDate(), r.getType(),
                    r.getNote(), r.isDone(), r.getDoneAt(), r.getCreatedBy(), r.getCreatedAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a recall action for a customer (optionally about one of its deadlines)")
    RecallActionView plan(@Valid @RequestBody NewRecallAction request) {
        return RecallActionView.of(recallActions.plan(request, Viewer.current()));
    }

    @GetMapping
    @Operation(summary = "Recall actions, filtered by customer and done; latest due first")
    PageView<RecallActionView> search(@RequestParam(required = false) Long customerId,
                                      @RequestParam(required = false) Boolean done,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(recallActions.search(customerId, done, Customers.ownerFilter(Viewer.current()),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("dueDate"), Sort.Order.desc("id")))),
                RecallActionView::of);
    }

    @GetMapping("/today")
    @Operation(summary = "To do today: recall actions due today or overdue and not done, oldest first")
    List<RecallActionView> today() {
        return recallActions.toDoToday(Customers.ownerFilter(Viewer.current())).stream()
                .map(RecallActionView::of).toList();
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Mark a recall action done; updates the customer's last recall date")
    RecallActionView complete(@PathVariable long id) {
        recallActions.get(id, Viewer.current());
        return RecallActionView.of(recallActions.complete(id));
    }
}
