package it.semaforo.deals.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import it.semaforo.IntegrationTest;
import it.semaforo.deals.DealEvents.TelephonyEvent;

/**
 * A process owner can react to phone events in Modeler: a model that catches {@code Telephony_PHONE_APPOINTMENT}
 * receives it, with the activity's id, when the phone system reports one for the instance's deal.
 */
@IntegrationTest
class TelephonyMessagesTest {

    private static final String KEY = "phone-reaction";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    private Deployment deployment;

    @BeforeEach
    void deployAModelThatWaitsForAPhoneAppointment() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Event_PhoneAppointment").message("Telephony_PHONE_APPOINTMENT")
                .userTask("UserTask_AfterAppointment")
                .endEvent()
                .done();
        deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aPhoneEventReachesTheInstanceOfItsDealOnly() {
        ProcessInstance mine = runtime.startProcessInstanceByKey(KEY, "900001");
        ProcessInstance other = runtime.startProcessInstanceByKey(KEY, "900002");

        transaction.executeWithoutResult(status -> events.publishEvent(
                new TelephonyEvent(900001, "INBOUND_CALL", 41)));
        assertThat(runtime.createExecutionQuery().processInstanceId(mine.getId())
                .activityId("Event_PhoneAppointment").count()).as("another type is not this message").isEqualTo(1);

        transaction.executeWithoutResult(status -> events.publishEvent(
                new TelephonyEvent(900001, "PHONE_APPOINTMENT", 42)));

        assertThat(runtime.createExecutionQuery().processInstanceId(mine.getId())
                .activityId("UserTask_AfterAppointment").count()).isEqualTo(1);
        assertThat(runtime.getVariable(mine.getId(), "phoneActivityId")).isEqualTo(42L);
        assertThat(runtime.createExecutionQuery().processInstanceId(other.getId())
                .activityId("Event_PhoneAppointment").count()).isEqualTo(1);
    }
}
