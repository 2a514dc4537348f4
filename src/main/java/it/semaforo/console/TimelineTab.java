package it.semaforo.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineMails;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Activity;
import it.semaforo.notifications.OutboxMessage;
import it.semaforo.platform.Viewer;

/**
 * What happened with the customer, newest first: deadlines created, renewed, expired and cancelled, recall actions
 * done or planned, the e-mails sent for its deadlines (from the outbox), and the activities recorded with it (notes,
 * calls, meetings, offers, messages).
 */
@Component
class TimelineTab implements CustomerTab {

    /** Recall actions shown at most (the latest by due date). */
    static final int RECALLS = 200;

    /** One event at {@code at}, shown as {@code when} (only the day when that is all we know: a planned call). */
    record Entry(Instant at, String when, String kind, String text, Long deadlineId) {
    }

    private final Deadlines deadlines;
    private final RecallActions recallActions;
    private final DeadlineMails mails;
    private final Activities activities;
    private final MessageSource messages;
    private final ConsoleFormat fmt;
    private final Clock clock;

    TimelineTab(Deadlines deadlines, RecallActions recallActions, DeadlineMails mails, Activities activities,
                MessageSource messages, ConsoleFormat fmt, Clock clock) {
        this.deadlines = deadlines;
        this.recallActions = recallActions;
        this.mails = mails;
        this.activities = activities;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String titleCode() {
        return "console.tab.timeline";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "console/tabs/timeline";
    }

    @Override
    public Map<String, Object> model(Customer customer, Viewer viewer) {
        List<Entry> entries = new ArrayList<>();
        for (Deadline d : deadlines.ofCustomer(customer.getId())) {
            String what = d.getProduct().getName();
            Long previous = d.getPrevious() == null ? null : d.getPrevious().getId();
            entries.add(new Entry(d.getCreatedAt(), fmt.dateTime(d.getCreatedAt()), "DEADLINE_CREATED", previous == null
                    ? text("console.timeline.created", d.getId(), what, fmt.date(d.getStartDate()),
                            fmt.date(d.getExpiryDate()), fmt.money(d.getAmount()))
                    : text("console.timeline.nextPeriod", d.getId(), what, fmt.date(d.getStartDate()),
                            fmt.date(d.getExpiryDate()), fmt.money(d.getAmount()), previous), d.getId()));
            if (d.getStatus() == DeadlineStatus.RENEWED) {
                entries.add(new Entry(d.getUpdatedAt(), fmt.dateTime(d.getUpdatedAt()), "DEADLINE_RENEWED", text("console.timeline.renewed",
                        d.getId(), what, d.getNext() == null ? "" : d.getNext().getId()), d.getId()));
            } else if (d.getStatus() == DeadlineStatus.EXPIRED) {
                entries.add(new Entry(startOf(d.getExpiryDate().plusDays(1)), fmt.date(d.getExpiryDate().plusDays(1)), "DEADLINE_EXPIRED",
                        text("console.timeline.expired", d.getId(), what, fmt.date(d.getExpiryDate())), d.getId()));
            } else if (d.getStatus() == DeadlineStatus.CANCELLED) {
                entries.add(new Entry(d.getUpdatedAt(), fmt.dateTime(d.getUpdatedAt()), "DEADLINE_CANCELLED",
                        text("console.timeline.cancelled", d.getId(), what), d.getId()));
            }
            for (OutboxMessage mail : mails.mailsOf(d.getId())) {
                Instant at = mail.getSentAt() != null ? mail.getSentAt() : mail.getCreatedAt();
                entries.add(new Entry(at, fmt.dateTime(at), "MAIL", text("console.timeline.mail." + mail.getStatus(),
                                mail.getSubject() == null ? mail.getTemplate() : mail.getSubject(),
                                mail.getRecipient() == null ? "—" : mail.getRecipient(), d.getId()), d.getId()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (RecallAction r : recallActions.search(customer.getId(), null,
                PageRequest.of(0, RECALLS, Sort.by(Sort.Order.desc("dueDate"), Sort.Order.desc("id"))))) {
            String type = text("console.recallType." + r.getType());
            String note = r.getNote() == null ? "" : r.getNote();
            if (r.isDone()) {
                entries.add(new Entry(r.getDoneAt(), fmt.dateTime(r.getDoneAt()), "RECALL_DONE",
                        text("console.timeline.recallDone", type, note), r.getDeadlineId()));
            } else {
                entries.add(new Entry(startOf(r.getDueDate()), fmt.date(r.getDueDate()),
                        r.getDueDate().isBefore(today) ? "RECALL_OVERDUE" : "RECALL_PLANNED",
                        text("console.timeline.recallPlanned", type, fmt.date(r.getDueDate()), note),
                        r.getDeadlineId()));
            }
        }
        for (Activity a : activities.timeline(customer.getId())) {
            String type = text("customers.activityType." + a.getType());
            String who = a.getUserId() == null ? "—" : a.getUserId();
            String what = a.getDescription() == null ? "" : a.getDescription();
            entries.add(new Entry(a.getOccurredAt(), fmt.dateTime(a.getOccurredAt()), "ACTIVITY",
                    a.getDurationMinutes() > 0
                            ? text("customers.timeline.activityTimed", type, who, what, a.getDurationMinutes())
                            : text("customers.timeline.activity", type, who, what), null));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return Map.of("entries", entries);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private String text(String code, Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // ids as they are written, not as numbers with a thousands separator
            plain[i] = arguments[i] instanceof Number number ? number.toString() : arguments[i];
        }
        return messages.getMessage(code, plain, LocaleContextHolder.getLocale());
    }
}
