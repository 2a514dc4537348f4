package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customer;
import it.semaforo.notifications.Mail;
import it.semaforo.notifications.Notifications;
import it.semaforo.platform.Money;
import it.semaforo.notifications.OutboxMessage;

/** The e-mails a deadline sends its customer, in the customer's language, each with its own idempotency key. */
@Service
@Transactional(readOnly = true)
public class DeadlineMails {

    private final Deadlines deadlines;
    private final Notifications notifications;
    private final Clock clock;
    private final String publicBaseUrl;

    DeadlineMails(Deadlines deadlines, Notifications notifications, Clock clock,
                  @Value("${semaforo.public-base-url}") String publicBaseUrl) {
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The customer portal's renewal page of the deadline (sign-in first when needed, then straight there). */
    String renewUrl(long deadlineId) {
        return publicBaseUrl + "/portal/services/" + deadlineId + "/renew";
    }

    static String reminderKey(long deadlineId, int offsetDays) {
        return "deadline:" + deadlineId + ":reminder:P" + offsetDays + "D";
    }

    static String expiryKey(long deadlineId) {
        return "deadline:" + deadlineId + ":expired";
    }

    static String winBackKey(long deadlineId, int step) {
        return "deadline:" + deadlineId + ":winback:" + step;
    }

    /** The outbox messages of a deadline (reminders, expiry notice, win-back), newest first. */
    public List<OutboxMessage> mailsOf(long deadlineId) {
        return notifications.withKeyPrefix("deadline:" + deadlineId + ":");
    }

    public boolean sendReminder(long deadlineId, int offsetDays) {
        Deadline deadline = deadlines.get(deadlineId);
        Map<String, Object> model = model(deadline);
        model.put("offsetDays", offsetDays);
        model.put("renewUrl", renewUrl(deadlineId));
        return send(deadline, reminderKey(deadlineId, offsetDays), "deadline-reminder", model,
                deadline.getProduct().getName(), model.get("daysRemaining"));
    }

    public boolean sendExpiryNotice(long deadlineId) {
        Deadline deadline = deadlines.get(deadlineId);
        return send(deadline, expiryKey(deadlineId), "deadline-expired", model(deadline),
                deadline.getProduct().getName());
    }

    public boolean sendWinBack(long deadlineId, int step) {
        Deadline deadline = deadlines.get(deadlineId);
        Map<String, Object> model = model(deadline);
        model.put("step", step);
        return send(deadline, winBackKey(deadlineId, step), "deadline-winback", model,
                deadline.getProduct().getName());
    }

    private boolean send(Deadline deadline, String key, String template, Map<String, Object> model,
                         Object... subjectArguments) {
        Customer customer = deadline.getCustomer();
        return notifications.send(new Mail(key, customer.getEmail(), customer.getLanguage(), template, model,
                subjectArguments));
    }

    private Map<String, Object> model(Deadline deadline) {
        Locale locale = Locale.forLanguageTag(deadline.getCustomer().getLanguage());
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", deadline.getCustomer().getName());
        model.put("productName", deadline.getProduct().getName());
        model.put("description", deadline.getDescription());
        model.put("expiryDate", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(deadline.getExpiryDate()));
        model.put("daysRemaining", Math.max(0, ChronoUnit.DAYS.between(today, deadline.getExpiryDate())));
        model.put("amount", Money.format(deadline.getAmount() == null ? BigDecimal.ZERO : deadline.getAmount(), locale));
        model.put("deadlineId", deadline.getId());
        return model;
    }
}
