package it.semaforo.deals.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.agenda.Agenda;
import it.semaforo.agenda.AppointmentKind;
import it.semaforo.agenda.NewAppointment;
import it.semaforo.catalog.Catalog;
import it.semaforo.catalog.Product;
import it.semaforo.deals.Activities;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.Deal;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewActivity;
import it.semaforo.platform.Groups;
import it.semaforo.platform.errors.LocalizedException;

/**
 * What the phase tasks of {@code deal} hand to the domain when they are completed (task listeners such as
 * {@code ${dealWork.qualified(task)}}): each completed phase is an activity of the deal, priced by its role's rate;
 * the qualify task also books the seller's appointment and counts unreachable calls, the offer task records the
 * offer. Anything the domain refuses makes the completion fail, so the task stays open with the reason.
 */
// public: the engine's expression language only calls methods of public classes
@Component("dealWork")
public class DealWork {

    /** Who booked an appointment when the engine completes the task without a user (tests, scripts). */
    private static final String SYSTEM = "deal";

    private final Deals deals;
    private final Activities activities;
    private final Agenda agenda;
    private final Catalog catalog;
    private final MessageSource messages;
    private final ObjectMapper json;

    DealWork(Deals deals, Activities activities, Agenda agenda, Catalog catalog, MessageSource messages,
             ObjectMapper json) {
        this.deals = deals;
        this.activities = activities;
        this.agenda = agenda;
        this.catalog = catalog;
        this.messages = messages;
        this.json = json;
    }

    /** The call center's call: books the meeting for an appointment, counts an unreachable call, records the call. */
    public void qualified(DelegateTask task) {
        Deal deal = deals.get(DealKeys.dealId(task));
        String outcome = FormValues.text(task.getVariable(DealKeys.QUALIFY_OUTCOME));
        if (DealKeys.UNREACHABLE.equals(outcome)) {
            Object attempts = task.getVariable(DealKeys.UNREACHABLE_ATTEMPTS);
            task.getExecution().setVariable(DealKeys.UNREACHABLE_ATTEMPTS,
                    attempts == null ? 1 : ((Number) attempts).intValue() + 1);
        }
        if (DealKeys.APPOINTMENT.equals(outcome) && deal.getSellerUserId() != null) {
            task.getExecution().setVariable(DealKeys.APPOINTMENT_ID, bookMeeting(task, deal));
        }
        record(task, deal, ActivityType.CALL, Groups.CALLCENTER, DealKeys.CALL_MINUTES, DealKeys.QUALIFY_NOTE);
    }

    public void meetingHeld(DelegateTask task) {
        record(task, deals.get(DealKeys.dealId(task)), ActivityType.MEETING, Groups.SALES, DealKeys.MEETING_MINUTES,
                DealKeys.MEETING_NOTE);
    }

    /** Offers the active catalog products in the offer form's select ({@code valuesKey: productOptions}). */
    public void offerOpened(DelegateTask task) {
        List<Map<String, String>> options = catalog.products().stream().filter(Product::isActive)
                .map(product -> Map.of("label", product.getName(), "value", product.getCode()))
                .toList();
        try {
            task.setVariableLocal(DealKeys.PRODUCT_OPTIONS,
                    SpinValues.jsonValue(json.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Product options are always JSON", e);
        }
    }

    /** Records the offer on the deal; a decision of an earlier approval no longer applies to it. */
    public void offerMade(DelegateTask task) {
        Deal deal = deals.get(DealKeys.dealId(task));
        deals.recordOffer(deal.getId(), FormValues.decimal(task.getVariable(DealKeys.OFFER_AMOUNT)),
                FormValues.decimal(task.getVariable(DealKeys.DISCOUNT_PERCENT)),
                FormValues.text(task.getVariable(DealKeys.PRODUCT_TYPE)));
        task.getExecution().removeVariable(DealKeys.APPROVAL_DECISION);
        task.getExecution().removeVariable(DealKeys.REJECTION_REASON);
        record(task, deal, ActivityType.OFFER, Groups.SALES, null, DealKeys.OFFER_NOTE);
    }

    public void approvalDecided(DelegateTask task) {
        record(task, deals.get(DealKeys.dealId(task)), ActivityType.APPROVAL, Groups.ADMINISTRATION,
                DealKeys.APPROVAL_MINUTES, DealKeys.REJECTION_REASON);
    }

    /** Books the seller's agenda; an overlap (or a bad time) refuses the completion with the agenda's reason. */
    private long bookMeeting(DelegateTask task, Deal deal) {
        Instant start = FormValues.instant(task.getVariable(DealKeys.APPOINTMENT_START));
        Duration length = Duration.ofMinutes(FormValues.minutes(task.getVariable(DealKeys.APPOINTMENT_MINUTES)));
        try {
            return agenda.book(new NewAppointment(deal.getSellerUserId(), AppointmentKind.APPOINTMENT, deal.getTitle(),
                    start, start.plus(length), FormValues.text(task.getVariable(DealKeys.APPOINTMENT_LOCATION)),
                    deal.getCustomerId(), deal.getId()), Objects.requireNonNullElse(doer(task), SYSTEM)).getId();
        } catch (LocalizedException refused) {
            var locale = LocaleContextHolder.getLocale();
            String reason = messages.getMessage(refused.messageCode(), refused.arguments(), locale);
            throw new ProcessEngineException(messages.getMessage("semaforo.deal.process.bookingRefused",
                    new Object[] {deal.getSellerUserId(), reason}, locale));
        }
    }

    /** The phase as an activity of the deal; the task id makes a repeated completion count once. */
    private void record(DelegateTask task, Deal deal, ActivityType type, String role, String minutesVariable,
                        String noteVariable) {
        int minutes = minutesVariable == null ? 0 : FormValues.minutes(task.getVariable(minutesVariable));
        activities.record(new NewActivity(deal.getCustomerId(), deal.getId(), type, role, doer(task), null, minutes,
                FormValues.text(task.getVariable(noteVariable)), "deal-task:" + task.getId()));
    }

    /** Who completes the task: its assignee, else the signed-in user completing it through the API. */
    private static String doer(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
