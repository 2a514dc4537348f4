package it.semaforo.deals.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.TestData;
import it.semaforo.agenda.Agenda;
import it.semaforo.agenda.Appointment;
import it.semaforo.agenda.NewAppointment;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Activity;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealFixtures;
import it.semaforo.deals.DealStatus;
import it.semaforo.deals.Deals;
import it.semaforo.platform.Groups;

/**
 * {@code deal} with time travel: every outcome of the qualify call, the telephony's busy message, the seller's
 * phases with the agenda booking, the discount approval, won and lost, phase tracking, activities and SLA
 * escalations. Today is Thursday 10 January 2030, 09:00 in Rome, unless a test travels.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealProcessTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2030, 1, 10, 9, 0);

    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired GreenMail smtp;
    @Autowired DealFixtures fixtures;
    @Autowired TestData testData;
    @Autowired Deals deals;
    @Autowired Activities activities;
    @Autowired Agenda agenda;

    private ProcessTestSupport support;
    private final Set<String> instances = new HashSet<>();
    private String seller;
    private Customer customer;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        support = new ProcessTestSupport(engine, smtp);
        EngineTime.setTo(NOW);
        seller = fixtures.user(Groups.SALES);
        customer = fixtures.customer(seller);
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        ProcessTestSupport.Coverage coverage = support.coverage("deal", instances);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aNewDealWaitsForTheCallCenterAndTracksItsPhase() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);

        assertThat(instance).isWaitingAt("UserTask_Qualify").hasBusinessKey(deal.getId().toString());
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsOnlyKeys("dealId");
        Task qualify = task(deal, "UserTask_Qualify");
        assertThat(qualify).hasCandidateGroup(Groups.CALLCENTER);
        assertThat(qualify.getAssignee()).isNull();
        assertThat(qualify.getDueDate().toInstant()).as("SLA of the qualify phase: P1D")
                .isEqualTo(romeTime(NOW.plusDays(1)));
        Deal reread = deals.get(deal.getId());
        assertThat(reread.getPhase()).isEqualTo("UserTask_Qualify");
        assertThat(reread.getProcessInstanceId()).isEqualTo(instance.getId());
    }

    @Test
    void anUnreachableCustomerIsCalledAgainAfterTheWaitAndLostAfterThreeAttempts() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);

        for (int attempt = 1; attempt <= 2; attempt++) {
            complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "UNREACHABLE", "callMinutes", 10);
            assertThat(instance).isWaitingAt("Event_RetryDue");
            assertThat(variable(instance, "unreachableAttempts")).isEqualTo(attempt);
            support.travelTo(EngineTime.today().atTime(9, 0).plusHours(4L * attempt).minusMinutes(1));
            assertThat(instance).as("still waiting 4 hours").isWaitingAt("Event_RetryDue");
            support.travelTo(NOW.plusHours(4L * attempt));
            assertThat(instance).isWaitingAt("UserTask_Qualify");
        }
        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "UNREACHABLE", "callMinutes", 10);

        assertThat(instance).isEnded().hasPassed("Task_MarkUnreachable", "EndEvent_Unreachable");
        Deal lost = deals.get(deal.getId());
        assertThat(lost.getStatus()).isEqualTo(DealStatus.LOST);
        assertThat(lost.getLostReason()).isEqualTo("unreachable");
        assertThat(lost.getPhase()).isEqualTo("LOST");
        assertThat(lost.getClosedAt()).isEqualTo(romeTime(NOW.plusHours(8)));
        List<Activity> calls = activities.ofDeal(deal.getId());
        assertThat(calls).hasSize(3).allSatisfy(call -> {
            assertThat(call.getType()).isEqualTo(ActivityType.CALL);
            assertThat(call.getRole()).isEqualTo(Groups.CALLCENTER);
            assertThat(call.getDurationMinutes()).isEqualTo(10);
            assertThat(call.getCost()).isEqualByComparingTo("4.00"); // 24 EUR an hour
            assertThat(call.getCustomerId()).isEqualTo(customer.getId());
        });
    }

    @Test
    void aBusyCustomerIsCalledBackAtTheTimeChosenInTheForm() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);

        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "BUSY", "callMinutes", 2,
                "callbackAt", "2030-01-11T15:30+01:00");

        assertThat(instance).isWaitingAt("Event_CallbackDue");
        assertThat(timerDue(instance, "Event_CallbackDue")).isEqualTo(Instant.parse("2030-01-11T14:30:00Z"));
        support.travelTo(LocalDateTime.of(2030, 1, 11, 15, 29));
        assertThat(instance).isWaitingAt("Event_CallbackDue");
        support.travelTo(LocalDateTime.of(2030, 1, 11, 15, 30));
        assertThat(instance).isWaitingAt("UserTask_Qualify");
        assertThat(deals.get(deal.getId()).getPhase()).isEqualTo("UserTask_Qualify");
    }

    @Test
    void theTelephonysBusySignalInterruptsTheQualifyTaskUntilTheCallback() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);
        String firstTask = task(deal, "UserTask_Qualify").getId();
        Instant callbackAt = romeTime(NOW.plusHours(2));

        deals.requestCallback(deal.getId(), callbackAt);

        assertThat(instance).hasPassed("Event_CallBusy").isWaitingAt("Event_CallbackDue");
        assertThat(timerDue(instance, "Event_CallbackDue")).isEqualTo(callbackAt);
        support.travelTo(NOW.plusHours(2));
        Task again = task(deal, "UserTask_Qualify");
        assertThat(again).isNotNull();
        assertThat(again.getId()).isNotEqualTo(firstTask);
    }

    @Test
    void aCustomerNotInterestedOnThePhoneLosesTheDealWithTheReason() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);

        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "NOT_INTERESTED", "callMinutes", 3,
                "lostReason", "Ha già un fornitore");

        assertThat(instance).isEnded().hasPassed("Task_MarkLost", "EndEvent_Lost");
        Deal lost = deals.get(deal.getId());
        assertThat(lost.getStatus()).isEqualTo(DealStatus.LOST);
        assertThat(lost.getLostReason()).isEqualTo("Ha già un fornitore");
    }

    @Test
    void anAppointmentIsBookedInTheSellersAgendaAndTheDealIsWonAfterASmallDiscount() {
        Product product = testData.yearlyService();
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);
        String operator = fixtures.user(Groups.CALLCENTER);
        taskService.claim(task(deal, "UserTask_Qualify").getId(), operator);

        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "APPOINTMENT", "callMinutes", 6,
                "appointmentStart", "2030-01-14T10:00+01:00", "appointmentMinutes", 90,
                "appointmentLocation", "Sede del cliente");

        List<Appointment> booked = agenda.of(seller, Instant.parse("2030-01-14T00:00:00Z"),
                Instant.parse("2030-01-15T00:00:00Z"));
        assertThat(booked).singleElement().satisfies(appointment -> {
            assertThat(appointment.getStartsAt()).isEqualTo(Instant.parse("2030-01-14T09:00:00Z"));
            assertThat(appointment.getEndsAt()).isEqualTo(Instant.parse("2030-01-14T10:30:00Z"));
            assertThat(appointment.getLocation()).isEqualTo("Sede del cliente");
            assertThat(appointment.getDealId()).isEqualTo(deal.getId());
            assertThat(appointment.getCustomerId()).isEqualTo(customer.getId());
            assertThat(appointment.getBookedBy()).isEqualTo(operator);
        });
        assertThat(variable(instance, "appointmentId")).isEqualTo(booked.get(0).getId());
        Task meeting = task(deal, "UserTask_Meeting");
        assertThat(meeting.getAssignee()).isEqualTo(seller);
        assertThat(taskService.getIdentityLinksForTask(meeting.getId())).extracting(IdentityLink::getGroupId)
                .as("no candidate group when the deal has a seller").containsOnlyNulls();
        assertThat(deals.get(deal.getId()).getPhase()).isEqualTo("UserTask_Meeting");

        complete(meeting, "meetingOutcome", "HELD", "meetingMinutes", 90);
        Task offer = task(deal, "UserTask_Offer");
        assertThat(offer.getAssignee()).isEqualTo(seller);
        assertThat(taskService.getVariableLocal(offer.getId(), "productOptions").toString())
                .as("catalog products offered in the form").contains(product.getCode());

        complete(offer, "offerAmount", 1200.5, "discountPercent", 10, "productType", product.getCode(),
                "offerNote", "Canone annuale");
        Deal offered = deals.get(deal.getId());
        assertThat(offered.getOfferAmount()).isEqualByComparingTo("1200.50");
        assertThat(offered.getDiscountPercent()).isEqualByComparingTo("10.00");
        assertThat(offered.getProductType()).isEqualTo(product.getCode());
        assertThat(instance).as("10% is not above the threshold").isWaitingAt("UserTask_Negotiation")
                .hasNotPassed("UserTask_Approval");
        assertThat(task(deal, "UserTask_Negotiation").getAssignee()).isEqualTo(seller);

        complete(task(deal, "UserTask_Negotiation"), "negotiationOutcome", "WON", "wonValue", 1150);

        assertThat(instance).isEnded().hasPassed("Task_MarkWon", "EndEvent_Won");
        Deal won = deals.get(deal.getId());
        assertThat(won.getStatus()).isEqualTo(DealStatus.WON);
        assertThat(won.getWonValue()).isEqualByComparingTo("1150.00");
        assertThat(won.getPhase()).isEqualTo("WON");
        assertThat(activities.ofDeal(deal.getId())).extracting(Activity::getType, Activity::getRole,
                        Activity::getCost)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ActivityType.CALL, Groups.CALLCENTER, new BigDecimal("2.40")),
                        org.assertj.core.groups.Tuple.tuple(ActivityType.MEETING, Groups.SALES, new BigDecimal("90.00")),
                        org.assertj.core.groups.Tuple.tuple(ActivityType.OFFER, Groups.SALES, new BigDecimal("15.00")));
        assertThat(activities.ofDeal(deal.getId())).extracting(Activity::getUserId)
                .containsExactlyInAnyOrder(operator, seller, seller);
    }

    @Test
    void aBigDiscountNeedsAdministrationWhoRejectsThenApprovesAndTheNegotiationIsLost() {
        Deal deal = toOffer(open(seller));
        ProcessInstance instance = instanceOf(deal);

        complete(task(deal, "UserTask_Offer"), "offerAmount", 5000, "discountPercent", 25, "productType", "X");
        Task approval = task(deal, "UserTask_Approval");
        assertThat(approval).hasCandidateGroup(Groups.ADMINISTRATION);
        assertThat(deals.get(deal.getId()).getPhase()).isEqualTo("UserTask_Approval");

        complete(approval, "approvalDecision", "REJECTED", "rejectionReason", "Sconto eccessivo", "approvalMinutes", 20);
        assertThat(instance).isWaitingAt("UserTask_Offer");
        assertThat(variable(instance, "rejectionReason")).as("shown in the offer form").isEqualTo("Sconto eccessivo");

        complete(task(deal, "UserTask_Offer"), "offerAmount", 5000, "discountPercent", 15, "productType", "X");
        assertThat(variable(instance, "rejectionReason")).as("a new offer clears the old rejection").isNull();
        complete(task(deal, "UserTask_Approval"), "approvalDecision", "APPROVED", "approvalMinutes", 10);
        assertThat(instance).isWaitingAt("UserTask_Negotiation");

        complete(task(deal, "UserTask_Negotiation"), "negotiationOutcome", "NEW_OFFER");
        assertThat(instance).isWaitingAt("UserTask_Offer");
        complete(task(deal, "UserTask_Offer"), "offerAmount", 4800, "discountPercent", 5, "productType", "X");
        complete(task(deal, "UserTask_Negotiation"), "negotiationOutcome", "LOST", "lostReason", "Prezzo");

        assertThat(instance).isEnded().hasPassed("Task_MarkLost", "EndEvent_Lost");
        Deal lost = deals.get(deal.getId());
        assertThat(lost.getStatus()).isEqualTo(DealStatus.LOST);
        assertThat(lost.getLostReason()).isEqualTo("Prezzo");
        assertThat(lost.getOfferAmount()).isEqualByComparingTo("4800.00");
        assertThat(activities.ofDeal(deal.getId())).filteredOn(a -> a.getType() == ActivityType.APPROVAL)
                .extracting(Activity::getCost).containsExactlyInAnyOrder(new BigDecimal("12.00"), new BigDecimal("6.00"));
    }

    @Test
    void aCustomerNotInterestedAtTheMeetingLosesTheDeal() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);
        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "APPOINTMENT", "callMinutes", 5,
                "appointmentStart", "2030-01-15T10:00+01:00", "appointmentMinutes", 60);

        complete(task(deal, "UserTask_Meeting"), "meetingOutcome", "NOT_INTERESTED", "meetingMinutes", 30,
                "lostReason", "Budget esaurito");

        assertThat(instance).isEnded().hasPassed("Gateway_MeetingOutcome", "EndEvent_Lost");
        assertThat(deals.get(deal.getId()).getLostReason()).isEqualTo("Budget esaurito");
    }

    @Test
    void anAppointmentOverlappingTheSellersAgendaRefusesTheCompletionAndTheTaskStaysOpen() {
        Deal deal = open(seller);
        agenda.book(new NewAppointment(seller, null, "Altro cliente", Instant.parse("2030-01-14T09:30:00Z"),
                Instant.parse("2030-01-14T10:30:00Z"), null, null, null), "test");
        Task qualify = task(deal, "UserTask_Qualify");

        assertThatThrownBy(() -> complete(qualify, "qualifyOutcome", "APPOINTMENT", "callMinutes", 5,
                "appointmentStart", "2030-01-14T10:00+01:00", "appointmentMinutes", 60))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(seller)
                .hasMessageNotContaining("semaforo.agenda.overlap");

        assertThat(task(deal, "UserTask_Qualify").getId()).isEqualTo(qualify.getId());
        assertThat(instanceOf(deal)).isWaitingAt("UserTask_Qualify");
        assertThat(agenda.of(seller, Instant.parse("2030-01-14T00:00:00Z"), Instant.parse("2030-01-15T00:00:00Z")))
                .hasSize(1);
        assertThat(activities.ofDeal(deal.getId())).as("nothing of the refused completion is kept").isEmpty();
        assertThat(engine.getRuntimeService().getVariable(instanceOf(deal).getId(), "qualifyOutcome")).isNull();

        // right after the other engagement: no overlap
        complete(qualify, "qualifyOutcome", "APPOINTMENT", "callMinutes", 5,
                "appointmentStart", "2030-01-14T11:30+01:00", "appointmentMinutes", 60);
        assertThat(instanceOf(deal)).isWaitingAt("UserTask_Meeting");
    }

    @Test
    void aDealWithoutSellerGoesToTheSalesGroupAndBooksNoAppointment() {
        customer = fixtures.customer((String) null);
        Deal deal = open(null);
        assertThat(deal.getSellerUserId()).isNull();

        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "APPOINTMENT", "callMinutes", 5,
                "appointmentStart", "2030-01-16T10:00+01:00", "appointmentMinutes", 60);

        Task meeting = task(deal, "UserTask_Meeting");
        assertThat(meeting.getAssignee()).isNull();
        assertThat(meeting).hasCandidateGroup(Groups.SALES);
        assertThat(variable(instanceOf(deal), "appointmentId")).isNull();
    }

    @Test
    void everyPhaseIdleBeyondItsSlaGivesManagersAnEscalationTaskWithoutStoppingThePhase() {
        Deal deal = open(seller);
        ProcessInstance instance = instanceOf(deal);

        support.travelTo(NOW.plusDays(1).minusMinutes(1));
        assertThat(escalations(instance)).isEmpty();
        support.travelTo(NOW.plusDays(1));
        Task escalation = escalations(instance).get(0);
        assertThat(escalation).hasCandidateGroup(Groups.MANAGERS);
        assertThat(taskService.getVariableLocal(escalation.getId(), "escalatedPhase")).isEqualTo("UserTask_Qualify");
        assertThat(escalation.getDescription()).contains("UserTask_Qualify");
        assertThat(instance).isWaitingAt("UserTask_Qualify", "UserTask_Escalation");
        assertThat(deals.get(deal.getId()).getPhase()).as("escalation is not a phase").isEqualTo("UserTask_Qualify");

        String operator = fixtures.user(Groups.CALLCENTER);
        complete(escalation, "escalationAction", "REASSIGN", "newAssignee", operator);
        assertThat(task(deal, "UserTask_Qualify").getAssignee()).isEqualTo(operator);
        assertThat(instance).hasPassed("EndEvent_Escalated");

        // meeting, offer, approval and negotiation: the default SLA of two days
        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "APPOINTMENT", "callMinutes", 5,
                "appointmentStart", "2030-01-20T10:00+01:00", "appointmentMinutes", 60);
        LocalDateTime phaseStart = NOW.plusDays(1);
        for (String phase : List.of("UserTask_Meeting", "UserTask_Offer", "UserTask_Approval", "UserTask_Negotiation")) {
            phaseStart = phaseStart.plusDays(phase.equals("UserTask_Approval") ? 1 : 2);
            support.travelTo(phaseStart);
            assertThat(escalations(instance)).as("escalation of %s", phase).singleElement()
                    .satisfies(task -> assertThat(taskService.getVariableLocal(task.getId(), "escalatedPhase"))
                            .isEqualTo(phase));
            complete(escalations(instance).get(0), "escalationAction", "DISMISS");
            Map<String, Object> outcome = switch (phase) {
                case "UserTask_Meeting" -> Map.of("meetingOutcome", "HELD", "meetingMinutes", 30);
                case "UserTask_Offer" -> Map.of("offerAmount", 900, "discountPercent", 30, "productType", "X");
                case "UserTask_Approval" -> Map.of("approvalDecision", "APPROVED", "approvalMinutes", 5);
                default -> Map.of("negotiationOutcome", "WON", "wonValue", 700);
            };
            taskService.complete(task(deal, phase).getId(), outcome);
        }
        assertThat(instance).isEnded();
        assertThat(deals.get(deal.getId()).getStatus()).isEqualTo(DealStatus.WON);
    }

    @Test
    void anEscalationNamingAnUnknownUserIsRefused() {
        Deal deal = open(seller);
        support.travelTo(NOW.plusDays(1));
        Task escalation = escalations(instanceOf(deal)).get(0);

        assertThatThrownBy(() -> complete(escalation, "escalationAction", "REASSIGN", "newAssignee", "nessuno"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("nessuno");
        assertThat(escalations(instanceOf(deal))).hasSize(1);
        assertThat(task(deal, "UserTask_Qualify").getAssignee()).isNull();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Deal open(String sellerUserId) {
        Deal deal = fixtures.deal(customer, sellerUserId);
        instances.add(deal.getProcessInstanceId());
        return deal;
    }

    /** Qualify (appointment) and a held meeting: the deal waits for its offer. */
    private Deal toOffer(Deal deal) {
        complete(task(deal, "UserTask_Qualify"), "qualifyOutcome", "APPOINTMENT", "callMinutes", 5,
                "appointmentStart", "2030-01-17T10:00+01:00", "appointmentMinutes", 60);
        complete(task(deal, "UserTask_Meeting"), "meetingOutcome", "HELD", "meetingMinutes", 60);
        return deal;
    }

    /** The deal's running instance (take it before it ends to assert on its end). */
    private ProcessInstance instanceOf(Deal deal) {
        return fixtures.instance(deal);
    }

    private Task task(Deal deal, String taskId) {
        return fixtures.task(deal, taskId);
    }

    private List<Task> escalations(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("UserTask_Escalation").list();
    }

    /** Completes the task with the form's fields (name, value pairs). */
    private void complete(Task task, Object... nameValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            variables.put((String) nameValues[i], nameValues[i + 1]);
        }
        taskService.complete(task.getId(), variables);
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
    }

    private Instant timerDue(ProcessInstance instance, String activityId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
        return timer.getDuedate().toInstant();
    }

    private static Instant romeTime(LocalDateTime time) {
        return ZonedDateTime.of(time, EngineTime.ROME).toInstant();
    }
}
