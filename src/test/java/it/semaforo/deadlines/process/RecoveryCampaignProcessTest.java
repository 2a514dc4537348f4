package it.semaforo.deadlines.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deadlines.Renewal;

/**
 * {@code recovery-campaign}: after an unrenewed expiry, win-back e-mails on day 0, 7 and 21, then a final call for
 * sales; a renewal or a cancellation stops it. Each test expires a deadline on 31 March 2030.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecoveryCampaignProcessTest {

    private static final LocalDate EXPIRY = LocalDate.of(2030, 3, 31);
    private static final LocalDate FIRST_EXPIRED_DAY = EXPIRY.plusDays(1);

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;

    private ProcessTestSupport support;
    private final Set<String> instances = new HashSet<>();
    private Customer customer;
    private Deadline deadline;
    private ProcessInstance campaign;

    @BeforeEach
    void expireADeadline() {
        AbstractAssertions.init(engine);
        support = new ProcessTestSupport(engine, smtp);
        EngineTime.setTo(LocalDateTime.of(2030, 3, 20, 9, 0));
        customer = testData.customer("it");
        deadline = deadlines.create(new NewDeadline(customer.getId(), testData.yearlyService().getId(), null, 1,
                null, null, LocalDate.of(2029, 4, 1), EXPIRY, null, null));
        support.travelTo(FIRST_EXPIRED_DAY, 8);
        campaign = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("recovery-campaign")
                .processInstanceBusinessKey(deadline.getId().toString()).singleResult();
        assertThat(campaign).isNotNull();
        instances.add(campaign.getId());
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        ProcessTestSupport.Coverage coverage = support.coverage("recovery-campaign", instances);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void sendsTheWinBackSequenceThenAsksSalesForAFinalCall() {
        assertThat(winBackMails()).as("day 0 e-mail goes out with the expiry notice").hasSize(1);
        assertThat(campaign).isWaitingAt("Event_WinBackDue");

        support.travelTo(FIRST_EXPIRED_DAY.plusDays(7), 7);
        assertThat(winBackMails()).hasSize(1);
        support.travelTo(FIRST_EXPIRED_DAY.plusDays(7), 8);
        assertThat(winBackMails()).hasSize(2);
        support.travelTo(FIRST_EXPIRED_DAY.plusDays(21), 8);
        assertThat(winBackMails()).hasSize(3);

        assertThat(campaign).isWaitingAt("UserTask_FinalCall");
        assertThat(task("UserTask_FinalCall", campaign)).hasCandidateGroup("sales");
        complete(task("UserTask_FinalCall", campaign), withVariables("finalCallOutcome", "LOST",
                "finalCallNote", "Ha scelto un altro fornitore"));

        assertThat(campaign).isEnded().hasPassed("Task_RecordFinalCallOutcome", "EndEvent_Lost");
        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.EXPIRED);
    }

    @Test
    void aRenewalAtTheFinalCallWinsTheCustomerBack() {
        support.travelTo(FIRST_EXPIRED_DAY.plusDays(21), 8);

        complete(task("UserTask_FinalCall", campaign), withVariables("finalCallOutcome", "RENEWED"));

        assertThat(campaign).isEnded().hasPassed("EndEvent_WonBack");
        Deadline old = deadlines.get(deadline.getId());
        assertThat(old.getStatus()).isEqualTo(DeadlineStatus.RENEWED);
        Deadline next = deadlines.get(old.getNext().getId());
        assertThat(next.getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
        assertThat(next.getStartDate()).isEqualTo(FIRST_EXPIRED_DAY);
        assertThat(next.getExpiryDate()).isEqualTo(LocalDate.of(2031, 3, 31));
    }

    @Test
    void aRenewalDuringTheCampaignStopsIt() {
        support.travelTo(FIRST_EXPIRED_DAY.plusDays(3), 10);

        deadlines.renew(deadline.getId(), Renewal.SAME_TERMS);

        assertThat(campaign).isEnded().hasPassed("Event_Renewed", "EndEvent_RenewedDuringCampaign");
        support.travelTo(FIRST_EXPIRED_DAY.plusDays(30), 8);
        assertThat(winBackMails()).hasSize(1);
    }

    @Test
    void cancellingTheExpiredDeadlineStopsTheCampaign() {
        deadlines.cancel(deadline.getId());

        assertThat(campaign).isEnded().hasPassed("Event_Cancelled", "EndEvent_CampaignCancelled");
        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.CANCELLED);
    }

    private List<MimeMessage> winBackMails() {
        return support.mailsTo(customer.getEmail()).stream()
                .filter(mail -> ProcessTestSupport.subject(mail).endsWith("riattiviamo il servizio?"))
                .toList();
    }
}
