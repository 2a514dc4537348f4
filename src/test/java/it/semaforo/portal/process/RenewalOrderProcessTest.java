package it.semaforo.portal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.portal.PaymentStatus;
import it.semaforo.portal.PortalMails;
import it.semaforo.portal.PortalServices;
import it.semaforo.portal.PortalTestAccess;
import it.semaforo.portal.RenewalOrder;

/**
 * {@code renewal-order}: after a renewal on the portal, the confirmation e-mail goes out once (retried on its own
 * job), and a bank transfer waits for administration to check it. Each test renews, on 10 March 2030, a yearly
 * service that expires on 31 March 2030.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalOrderProcessTest {

    private static final LocalDate EXPIRY = LocalDate.of(2030, 3, 31);

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired PortalServices services;
    @Autowired PortalMails mails;
    @Autowired PortalTestAccess portal;

    private ProcessTestSupport support;
    private final Set<String> instances = new HashSet<>();

    @BeforeEach
    void today() {
        AbstractAssertions.init(engine);
        support = new ProcessTestSupport(engine, smtp);
        EngineTime.setTo(LocalDateTime.of(2030, 3, 10, 11, 0));
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        ProcessTestSupport.Coverage coverage = support.coverage("renewal-order", instances);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aBankTransferIsConfirmedByMailThenCheckedByAdministration() throws Exception {
        Customer customer = testData.customer("it");
        RenewalOrder order = renew(customer);
        ProcessInstance instance = instanceOf(order);
        assertThat(instance).isWaitingAt("Task_SendConfirmation");

        support.runDueJobs();

        List<MimeMessage> received = support.mailsTo(customer.getEmail());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        String product = deadlines.get(order.getDeadlineId()).getProduct().getName();
        assertThat(mail.getSubject()).isEqualTo(product + ": rinnovo confermato");
        assertThat((String) mail.getContent()).contains("1 aprile 2030").contains("31 marzo 2031")
                .contains("450,00").contains("RIN-" + order.getDeadlineId()).contains("IT60X0542811101000000123456")
                .contains("20 marzo 2030").contains("/portal/orders/" + order.getId());

        assertThat(instance).isWaitingAt("UserTask_CheckPayment");
        assertThat(task("UserTask_CheckPayment", instance)).hasCandidateGroup("administration");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("renewal-payment");
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .containsEntry("paymentReference", "RIN-" + order.getDeadlineId()).containsEntry("amount", "450.00");

        EngineTime.setTo(LocalDateTime.of(2030, 3, 14, 15, 0));
        complete(task("UserTask_CheckPayment", instance), withVariables("paymentOutcome", "RECEIVED",
                "paymentNote", "Valuta 14/03"));

        assertThat(instance).isEnded().hasPassed("Task_RecordPaymentCheck", "EndEvent_PaymentRecorded");
        RenewalOrder paid = portal.order(order.getId());
        assertThat(paid.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.getPaidAt()).isNotNull();
        assertThat(paid.getPaymentNote()).isEqualTo("Valuta 14/03");
    }

    @Test
    void aTransferThatNeverArrivedIsMarkedAndAWrongAnswerIsRefused() {
        Customer customer = testData.customer("en");
        RenewalOrder order = renew(customer);
        ProcessInstance instance = instanceOf(order);
        support.runDueJobs();
        assertThat(ProcessTestSupport.subject(support.mailsTo(customer.getEmail()).get(0)))
                .endsWith(": renewal confirmed");

        String taskId = task("UserTask_CheckPayment", instance).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("paymentOutcome", "MAYBE")))
                .hasMessageContaining("paymentOutcome");
        assertThat(instance).isWaitingAt("UserTask_CheckPayment");

        complete(task("UserTask_CheckPayment", instance), withVariables("paymentOutcome", "NOT_RECEIVED"));

        assertThat(instance).isEnded();
        assertThat(portal.order(order.getId()).getPaymentStatus()).isEqualTo(PaymentStatus.NOT_RECEIVED);
    }

    @Test
    void aRetriedConfirmationIsNotSentTwice() {
        Customer customer = testData.customer("it");
        RenewalOrder order = renew(customer);
        support.runDueJobs();

        assertThat(mails.sendRenewalConfirmation(order.getId())).isFalse();

        assertThat(support.mailsTo(customer.getEmail())).hasSize(1);
    }

    @Test
    void anOrderPaidAtOnceIsOnlyConfirmed() {
        Customer customer = testData.customer("it");
        RenewalOrder order = renew(customer);
        support.runDueJobs();
        // a provider that collects at once (a card) starts the model without the payment check
        ProcessInstance paidAtOnce = engine.getRuntimeService().startProcessInstanceByKey("renewal-order",
                "paid-" + order.getId(), Map.of("orderId", order.getId(), "paymentPending", false,
                        "paymentReference", order.getPaymentReference(), "amount", "450.00"));
        instances.add(paidAtOnce.getId());

        support.runDueJobs();

        assertThat(paidAtOnce).isEnded().hasPassed("Task_SendConfirmation", "EndEvent_AlreadyPaid")
                .hasNotPassed("UserTask_CheckPayment");
        assertThat(support.mailsTo(customer.getEmail())).as("the order's confirmation goes out once").hasSize(1);
    }

    private RenewalOrder renew(Customer customer) {
        Deadline deadline = deadlines.create(new NewDeadline(customer.getId(), testData.yearlyService().getId(), null,
                1, null, null, LocalDate.of(2029, 4, 1), EXPIRY, null, null));
        return services.renew(portal.customer(customer.getEmail()), deadline.getId(), "BANK_TRANSFER");
    }

    private ProcessInstance instanceOf(RenewalOrder order) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("renewal-order").processInstanceBusinessKey(order.getId().toString())
                .singleResult();
        assertThat(instance).isNotNull();
        instances.add(instance.getId());
        return instance;
    }
}
