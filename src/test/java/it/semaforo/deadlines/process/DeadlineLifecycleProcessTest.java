package it.semaforo.deadlines.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.TestData;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineChanges;
import it.semaforo.deadlines.DeadlineMails;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deadlines.Renewal;
import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxMessage;
import it.semaforo.notifications.OutboxStatus;

/**
 * {@code deadline-lifecycle} with time travel: reminders at the plan's offsets, the recall task, renewal, edits,
 * cancellation and expiry into the win-back campaign. Today is 10 January 2030 unless a test travels.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineLifecycleProcessTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2030, 1, 10, 9, 0);
    private static final LocalDate EXPIRY = LocalDate.of(2030, 3, 31);

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired DeadlineMails mails;
    @Autowired Customers customers;
    @Autowired Notifications notifications;

    private ProcessTestSupport support;
    private final Set<String> instances = new HashSet<>();
    private Customer customer;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        support = new ProcessTestSupport(engine, smtp);
        EngineTime.setTo(NOW);
        customer = testData.customer("it");
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        ProcessTestSupport.Coverage coverage = support.coverage("deadline-lifecycle", instances);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void remindsAtEachOffsetThenExpiresSendsTheNoticeAndStartsTheWinBack() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);
        assertThat(lifecycle).isWaitingAt("Event_ReminderDue", "Event_RecallDue", "Event_ExpiryDue");
        assertThat(timerDue(lifecycle, "Event_ReminderDue")).isEqualTo(romeAt(LocalDate.of(2030, 1, 30), 8));
        assertThat(timerDue(lifecycle, "Event_RecallDue")).isEqualTo(romeAt(LocalDate.of(2030, 3, 1), 8));
        assertThat(timerDue(lifecycle, "Event_ExpiryDue")).isEqualTo(romeAt(LocalDate.of(2030, 4, 1), 8));

        support.travelTo(LocalDate.of(2030, 1, 30), 7);
        assertThat(mails()).isEmpty();

        support.travelTo(LocalDate.of(2030, 1, 30), 8);
        assertThat(mails()).hasSize(1);
        assertThat(ProcessTestSupport.subject(mails().get(0))).contains("scade tra 60 giorni");
        assertThat(timerDue(lifecycle, "Event_ReminderDue")).isEqualTo(romeAt(LocalDate.of(2030, 3, 1), 8));

        support.travelTo(LocalDate.of(2030, 3, 1), 8);
        assertThat(mails()).hasSize(2);
        assertThat(ProcessTestSupport.subject(mails().get(1))).contains("scade tra 30 giorni");
        assertThat(task("UserTask_Recall", lifecycle)).hasCandidateGroup("sales");

        support.travelTo(LocalDate.of(2030, 3, 24), 8);
        assertThat(mails()).hasSize(3);
        assertThat(ProcessTestSupport.subject(mails().get(2))).contains("scade tra 7 giorni");
        assertThat(lifecycle).isWaitingAt("UserTask_Recall", "Event_ExpiryDue");

        support.travelTo(LocalDate.of(2030, 3, 31), 23);
        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);

        support.travelTo(LocalDate.of(2030, 4, 1), 8);
        assertThat(lifecycle).isEnded().hasPassed("Task_MarkExpired", "Task_SendExpiryNotice",
                "Task_StartRecoveryCampaign", "EndEvent_Expired");
        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(mails()).extracting(ProcessTestSupport::subject)
                .anyMatch(subject -> subject.endsWith("servizio scaduto"))
                .anyMatch(subject -> subject.endsWith("riattiviamo il servizio?"));
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("recovery-campaign").processInstanceBusinessKey(deadline.getId().toString())
                .singleResult();
        assertThat(campaign).isNotNull();
        assertThat(deadlines.get(deadline.getId()).getProcessInstanceId()).isEqualTo(campaign.getId());
    }

    @Test
    void aDeadlineRecordedTenDaysBeforeExpiryGetsOnlyTheSevenDayReminder() {
        Deadline deadline = create(NOW.toLocalDate().minusYears(1), NOW.toLocalDate().plusDays(10));
        ProcessInstance lifecycle = lifecycleOf(deadline);
        assertThat(lifecycle).hasVariables("nextReminderAt");
        assertThat(engine.getRuntimeService().getVariable(lifecycle.getId(), "reminderOffsetDays")).isEqualTo(7);

        support.travelTo(NOW.plusHours(1));
        assertThat(mails()).as("no burst of stale reminders").isEmpty();
        // the recall task is due already (30 days before expiry is past): it appears at once
        assertThat(task("UserTask_Recall", lifecycle)).isNotNull();

        support.travelTo(NOW.toLocalDate().plusDays(3), 8);
        assertThat(mails()).hasSize(1);
        assertThat(ProcessTestSupport.subject(mails().get(0))).contains("scade tra 7 giorni");
        assertThat(lifecycle).hasPassed("Event_RemindersDone");
    }

    @Test
    void aRetriedSendNeverDeliversTheSameReminderTwice() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        support.travelTo(LocalDate.of(2030, 1, 30), 8);
        assertThat(mails()).hasSize(1);
        String key = "deadline:" + deadline.getId() + ":reminder:P60D";
        OutboxMessage sent = notifications.find(key).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(ProcessTestSupport.messageId(mails().get(0))).isEqualTo(sent.getMessageId());

        // a job retried after the e-mail went out (say, its commit failed) sends the same key again
        assertThat(mails.sendReminder(deadline.getId(), 60)).isFalse();
        assertThat(mails()).hasSize(1);
    }

    @Test
    void anSmtpOutageIsRetriedThenBecomesAnIncident() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);
        int port = mailSender.getPort();
        mailSender.setPort(1); // nothing listens there: connection refused
        try {
            support.travelTo(LocalDate.of(2030, 1, 30), 8);
            Job send = engine.getManagementService().createJobQuery().processInstanceId(lifecycle.getId())
                    .activityId("Task_SendReminder").singleResult();
            assertThat(send.getRetries()).isEqualTo(4);
            assertThat(send.getExceptionMessage()).contains("Could not send e-mail");
            OutboxMessage pending = notifications.find("deadline:" + deadline.getId() + ":reminder:P60D").orElseThrow();
            assertThat(pending.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(pending.getLastError()).isNotBlank();

            for (int minutes = 5; minutes <= 25; minutes += 5) {
                support.travelTo(LocalDate.of(2030, 1, 30).atTime(8, minutes));
            }
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(lifecycle.getId())
                    .activityId("Task_SendReminder").count()).isEqualTo(1);
            assertThat(mails()).isEmpty();
        } finally {
            mailSender.setPort(port);
        }
        // an operator retries the job from Cockpit once SMTP is back: exactly one e-mail
        Job failed = engine.getManagementService().createJobQuery().processInstanceId(lifecycle.getId())
                .activityId("Task_SendReminder").singleResult();
        engine.getManagementService().setJobRetries(failed.getId(), 1);
        support.runDueJobs();
        assertThat(mails()).hasSize(1);
        assertThat(notifications.find("deadline:" + deadline.getId() + ":reminder:P60D").orElseThrow().getAttempts())
                .isEqualTo(6);
    }

    @Test
    void aRenewalThroughTheApiEndsTheLifecycleAndStartsTheNextPeriods() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);

        Deadline next = deadlines.renew(deadline.getId(), Renewal.SAME_TERMS);

        assertThat(lifecycle).isEnded().hasPassed("Event_Renewed", "EndEvent_Renewed");
        ProcessInstance nextLifecycle = lifecycleOf(next);
        assertThat(nextLifecycle).isActive().isWaitingAt("Event_ReminderDue", "Event_RecallDue", "Event_ExpiryDue");
        assertThat(next.getExpiryDate()).isEqualTo(LocalDate.of(2031, 3, 31));
    }

    @Test
    void theRecallTaskRenewsWhenTheCustomerSaysYes() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);
        support.travelTo(LocalDate.of(2030, 3, 1), 8);

        complete(task("UserTask_Recall", lifecycle), withVariables("recallOutcome", "RENEWED",
                "recallNote", "Rinnova per un altro anno"));

        assertThat(lifecycle).isEnded().hasPassed("Task_RecordRecallOutcome", "Event_RecallDone", "EndEvent_Renewed");
        Deadline renewed = deadlines.get(deadline.getId());
        assertThat(renewed.getStatus()).isEqualTo(DeadlineStatus.RENEWED);
        Deadline next = deadlines.get(renewed.getNext().getId());
        assertThat(next.getStartDate()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(next.getExpiryDate()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(lifecycleOf(next)).isActive();
        assertThat(customers.get(customer.getId()).getLastRecallDate()).isEqualTo(LocalDate.of(2030, 3, 1));
    }

    @Test
    void callAgainBringsTheTaskBackOnThatDayAndADeclineWaitsForExpiry() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);
        support.travelTo(LocalDate.of(2030, 3, 1), 8);

        complete(task("UserTask_Recall", lifecycle), withVariables("recallOutcome", "CALL_AGAIN",
                "callAgainOn", "2030-03-10"));
        assertThat(lifecycle).isWaitingAt("Event_CallAgainDue");
        support.travelTo(LocalDate.of(2030, 3, 9), 18);
        assertThat(lifecycle).isNotWaitingAt("UserTask_Recall");
        support.travelTo(LocalDate.of(2030, 3, 10), 8);
        assertThat(lifecycle).isWaitingAt("UserTask_Recall");

        complete(task("UserTask_Recall", lifecycle), withVariables("recallOutcome", "DECLINED",
                "recallNote", "Passa a un concorrente"));
        assertThat(lifecycle).isActive().isWaitingAt("Event_ExpiryDue").isNotWaitingAt("UserTask_Recall");
        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
    }

    @Test
    void movingTheExpiryMovesTheTimersWithoutRepeatingSentReminders() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);
        support.travelTo(LocalDate.of(2030, 1, 30), 8);
        assertThat(mails()).hasSize(1);

        deadlines.edit(deadline.getId(), new DeadlineChanges(null, null, null, null, null,
                LocalDate.of(2030, 4, 30), null, null));

        assertThat(lifecycle).isActive().hasPassed("Event_Rescheduled");
        // the 60-day reminder of the new date (1 March) was sent already for this deadline: next is the 30-day one
        assertThat(timerDue(lifecycle, "Event_ReminderDue")).isEqualTo(romeAt(LocalDate.of(2030, 3, 31), 8));
        assertThat(timerDue(lifecycle, "Event_ExpiryDue")).isEqualTo(romeAt(LocalDate.of(2030, 5, 1), 8));
        assertThat(timerDue(lifecycle, "Event_RecallDue")).isEqualTo(romeAt(LocalDate.of(2030, 3, 31), 8));
        support.travelTo(LocalDate.of(2030, 3, 1), 8);
        assertThat(mails()).hasSize(1);
    }

    @Test
    void cancellingEndsTheLifecycle() {
        Deadline deadline = create(LocalDate.of(2029, 4, 1), EXPIRY);
        ProcessInstance lifecycle = lifecycleOf(deadline);

        deadlines.cancel(deadline.getId());

        assertThat(lifecycle).isEnded().hasPassed("Event_Cancelled", "EndEvent_Cancelled");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(lifecycle.getId()).count())
                .isZero();
    }

    @Test
    void anEnglishCustomerGetsEnglishReminders() {
        customer = testData.customer("en");
        create(LocalDate.of(2029, 4, 1), EXPIRY);
        support.travelTo(LocalDate.of(2030, 1, 30), 8);
        assertThat(mails()).hasSize(1);
        assertThat(ProcessTestSupport.subject(mails().get(0))).contains("expires in 60 days");
    }

    private Deadline create(LocalDate start, LocalDate expiry) {
        Deadline deadline = deadlines.create(new NewDeadline(customer.getId(), testData.yearlyService().getId(), null,
                1, null, null, start, expiry, null, null));
        instances.add(deadline.getProcessInstanceId());
        return deadline;
    }

    private ProcessInstance lifecycleOf(Deadline deadline) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(deadlines.get(deadline.getId()).getProcessInstanceId()).singleResult();
        assertThat(instance).as("running lifecycle of deadline %s", deadline.getId()).isNotNull();
        instances.add(instance.getId());
        return instance;
    }

    private List<MimeMessage> mails() {
        return support.mailsTo(customer.getEmail());
    }

    private java.util.Date timerDue(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult().getDuedate();
    }

    private static java.util.Date romeAt(LocalDate day, int hour) {
        return java.util.Date.from(ZonedDateTime.of(day.atTime(hour, 0), EngineTime.ROME).toInstant());
    }
}
