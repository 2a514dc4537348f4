package it.semaforo.kpi.process;

import static it.semaforo.kpi.KpiFixtures.UNREACHABLE;
import static it.semaforo.kpi.KpiFixtures.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiDefinitionChange;
import it.semaforo.kpi.KpiFixtures;
import it.semaforo.kpi.Kpis;
import it.semaforo.kpi.Light;
import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxStatus;

/**
 * {@code kpi-alerts} with time travel: the job executor is off, so each cycle is the timer-start job executed by
 * hand, and the digest jobs of the instance are run by hand too. Only the two KPIs of the test may alert (every
 * other one has its alerts switched off), and each test starts from a recorded green cycle, so what other tests
 * left in the shared database does not matter.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiAlertsProcessTest {

    private static final String PROCESS = "kpi-alerts";
    /** Owned by administration; digest to the managers group, to demo again (once is enough) and to anna. */
    private static final String RECALLS = "OVERDUE_RECALLS";
    /** Owned by managers; digest to demo only. */
    private static final String TASKS = "TASKS_PAST_SLA";
    private static final String DEMO = "demo@semaforo.local";
    private static final String ANNA = "anna@semaforo.local";

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired Kpis kpis;
    @Autowired Notifications notifications;

    private ProcessTestSupport support;
    private final Set<String> instances = new HashSet<>();
    private KpiFixtures.Snapshot definitions;
    private LocalDateTime now;

    @BeforeEach
    void onlyTheTestKpisAlertAndAllIsGreen() {
        AbstractAssertions.init(engine);
        support = new ProcessTestSupport(engine, smtp);
        definitions = KpiFixtures.snapshot(kpis);
        now = KpiFixtures.afterEveryEvaluation(kpis, LocalDateTime.of(2032, 3, 2, 10, 0));
        EngineTime.setTo(now);
        for (KpiDefinition definition : kpis.definitions()) {
            kpis.change(definition.getCode(), KpiFixtures.withAlerts(definition, definition.getAlertRecipients(),
                    definition.getOwnerGroup(), false));
        }
        configure(RECALLS, UNREACHABLE, List.of("group:managers", "user:demo", "user:anna"), "administration", true);
        configure(TASKS, UNREACHABLE, List.of("user:demo"), "managers", true);

        assertNothingWorsened(cycle());
    }

    @AfterEach
    void restore() {
        definitions.restore(kpis);
        EngineTime.reset();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        ProcessTestSupport.Coverage coverage = support.coverage(PROCESS, instances);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void kpisTurningRedSendOneDigestPerRecipientAndOneTaskPerKpiToItsOwners() throws Exception {
        int demoBefore = digestsTo(DEMO).size();
        int annaBefore = digestsTo(ANNA).size();
        int allBefore = smtp.getReceivedMessages().length;
        configure(RECALLS, ZERO, List.of("group:managers", "user:demo", "user:anna"), "administration", true);
        configure(TASKS, ZERO, List.of("user:demo"), "managers", true);

        String id = cycle();
        ProcessInstance alert = running(id);
        assertThat(alert).isActive().hasPassed("Task_EvaluateKpis").variables()
                .containsEntry("worsenedKpis", RECALLS + "," + TASKS);
        assertThat(smtp.getReceivedMessages()).as("the digests wait for their own jobs").hasSize(allBefore);
        runJobsOf(id);

        List<MimeMessage> toDemo = digestsTo(DEMO);
        assertThat(toDemo).as("demo: once, though in the group and named too").hasSize(demoBefore + 1);
        MimeMessage demoDigest = toDemo.get(toDemo.size() - 1);
        assertThat(ProcessTestSupport.subject(demoDigest)).isEqualTo("Semaforo: 2 KPI sono peggiorati");
        assertThat(body(demoDigest)).contains("Buongiorno Demo,", "Richiami scaduti", "Compiti oltre la scadenza",
                "da verde a rosso", "gialla da 0, rossa da 0");
        List<MimeMessage> toAnna = digestsTo(ANNA);
        assertThat(toAnna).hasSize(annaBefore + 1);
        MimeMessage annaDigest = toAnna.get(toAnna.size() - 1);
        assertThat(ProcessTestSupport.subject(annaDigest)).isEqualTo("Semaforo: un KPI \u00e8 peggiorato");
        assertThat(body(annaDigest)).contains("Buongiorno Anna,", "Richiami scaduti")
                .doesNotContain("Compiti oltre la scadenza");
        assertThat(smtp.getReceivedMessages()).as("nobody else").hasSize(allBefore + 2);
        assertThat(notifications.find("kpi-alerts:" + id + ":digest:demo")).get()
                .satisfies(mail -> assertThat(mail.getStatus()).isEqualTo(OutboxStatus.SENT))
                .satisfies(mail -> assertThat(mail.getMessageId()).isEqualTo(ProcessTestSupport.messageId(demoDigest)));

        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(id).list();
        assertThat(tasks).hasSize(2).allSatisfy(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_ReviewKpi");
            assertThat(task.getName()).isEqualTo("Verifica il KPI peggiorato");
        });
        assertThat(reviewOf(id, "administration")).as("the owner of %s", RECALLS).hasSize(1)
                .first().satisfies(task -> {
                    assertThat(kpiCodeOf(task)).isEqualTo(RECALLS);
                    assertThat(task.getDescription()).contains(RECALLS);
                });
        assertThat(reviewOf(id, "managers")).hasSize(1).first()
                .satisfies(task -> assertThat(kpiCodeOf(task)).isEqualTo(TASKS));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).initializeFormKeys().list())
                .allSatisfy(task -> assertThat(task.getCamundaFormRef().getKey()).isEqualTo("kpi-review"));
        assertThat(alert).isWaitingAt("UserTask_ReviewKpi");

        // GDPR: ids and codes only in the process variables (history copies them)
        List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(id).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName)
                .contains("worsenedKpis", "recipientId", "kpiCode");
        assertThat(variables).extracting(variable -> String.valueOf(variable.getValue()))
                .noneMatch(value -> value.contains("@"));
        assertThat(variables).filteredOn(variable -> variable.getName().equals("recipientId"))
                .extracting(HistoricVariableInstance::getValue).containsExactlyInAnyOrder("anna", "demo");
    }

    @Test
    void aLightThatStaysRedIsNotReportedAgainButAFreshWorseningIs() throws Exception {
        configure(RECALLS, ZERO, List.of("user:anna"), "administration", true);
        String first = cycle();
        Job next = timerStartJob();
        // the cycle keeps the rhythm of its first start: the next one is due within 15 minutes
        assertThat(next.getDuedate()).as("the next cycle").isAfter(romeDate(now))
                .isBeforeOrEqualTo(romeDate(now.plusMinutes(15)));
        runJobsOf(first);
        int annaAfterFirst = digestsTo(ANNA).size();
        long administrationTasks = openReviewTasks("administration");

        EngineTime.setTo(now.plusMinutes(15));
        String second = cycle();
        assertNothingWorsened(second);
        assertThat(runJobsOf(second)).isZero();
        assertThat(digestsTo(ANNA)).hasSize(annaAfterFirst);
        assertThat(openReviewTasks("administration")).isEqualTo(administrationTasks);
        assertThat(kpis.trend(RECALLS, 1).get(0).getLight()).isEqualTo(Light.RED);

        // getting better is not news either; getting worse again is
        configure(RECALLS, UNREACHABLE, List.of("user:anna"), "administration", true);
        EngineTime.setTo(now.plusMinutes(30));
        assertNothingWorsened(cycle());
        configure(RECALLS, new BigDecimal("0"), UNREACHABLE, List.of("user:anna"), "administration", true);
        EngineTime.setTo(now.plusMinutes(45));
        String yellow = cycle();
        assertThat(running(yellow)).variables().containsEntry("worsenedKpis", RECALLS);
        runJobsOf(yellow);
        assertThat(digestsTo(ANNA)).hasSize(annaAfterFirst + 1);
        assertThat(body(last(digestsTo(ANNA)))).contains("da verde a giallo");
        assertThat(openReviewTasks("administration")).isEqualTo(administrationTasks + 1);
    }

    @Test
    void withAlertsSwitchedOffNothingIsSentAndNoTaskCreated() {
        int allBefore = smtp.getReceivedMessages().length;
        configure(RECALLS, ZERO, List.of("user:anna"), "administration", false);
        configure(TASKS, ZERO, List.of("user:demo"), "managers", false);

        String id = cycle();

        assertNothingWorsened(id);
        assertThat(runJobsOf(id)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(allBefore);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).count()).isZero();
        assertThat(kpis.trend(RECALLS, 1).get(0).getLight()).as("still measured and recorded").isEqualTo(Light.RED);

        // switched on again while red: the light did not change, so still nothing
        configure(RECALLS, ZERO, List.of("user:anna"), "administration", true);
        EngineTime.setTo(now.plusMinutes(15));
        assertNothingWorsened(cycle());
        assertThat(smtp.getReceivedMessages()).hasSize(allBefore);
    }

    @Test
    void theReviewTaskIsCompletedAndTheAlertEnds() {
        configure(RECALLS, ZERO, List.of("user:anna"), "administration", true);
        String id = cycle();
        runJobsOf(id);
        Task review = reviewOf(id, "administration").get(0);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateUser("anna").count())
                .as("anna is in administration").isOne();

        engine.getTaskService().complete(review.getId(),
                Map.of("reviewOutcome", "ACTION_TAKEN", "reviewNote", "Sollecitati i commerciali"));

        assertEndedAt(id, "EndEvent_AlertHandled");
        assertThat(passed(id)).contains("UserTask_ReviewKpi", "Task_SendDigest", "Gateway_AllHandled");
        HistoricVariableInstance outcome = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(id).variableName("reviewOutcome").singleResult();
        assertThat(outcome.getValue()).isEqualTo("ACTION_TAKEN");
        assertThat(outcome.getActivityInstanceId()).as("kept with its task, not on the whole instance")
                .isNotEqualTo(id);
    }

    @Test
    void aFailingSmtpServerIsRetriedFiveMinutesLaterAndSendsOnce() throws Exception {
        configure(RECALLS, ZERO, List.of("user:anna"), "administration", true);
        int annaBefore = digestsTo(ANNA).size();
        String id = cycle();
        int port = mailSender.getPort();
        mailSender.setPort(1); // nothing listens there: connection refused
        try {
            Job send = jobsOf(id).get(0);
            try {
                engine.getManagementService().executeJob(send.getId());
            } catch (RuntimeException expected) {
                // recorded by the engine: retries left and the next attempt
            }
            Job failed = engine.getManagementService().createJobQuery().jobId(send.getId()).singleResult();
            assertThat(failed.getRetries()).isEqualTo(4);
            assertThat(failed.getExceptionMessage()).isNotBlank();
            assertThat(failed.getDuedate()).isEqualTo(romeDate(now.plusMinutes(5)));
        } finally {
            mailSender.setPort(port);
        }
        assertThat(digestsTo(ANNA)).hasSize(annaBefore);
        assertThat(runJobsOf(id)).as("not due yet").isZero();

        EngineTime.setTo(now.plusMinutes(5));
        runJobsOf(id);

        assertThat(digestsTo(ANNA)).hasSize(annaBefore + 1);
        assertThat(notifications.find("kpi-alerts:" + id + ":digest:anna").orElseThrow().getAttempts()).isEqualTo(2);
        assertThat(running(id)).isWaitingAt("UserTask_ReviewKpi");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void configure(String code, BigDecimal threshold, List<String> recipients, String owner, boolean on) {
        configure(code, threshold, threshold, recipients, owner, on);
    }

    private void configure(String code, BigDecimal yellow, BigDecimal red, List<String> recipients, String owner,
                           boolean on) {
        KpiDefinition definition = kpis.definition(code);
        KpiDefinitionChange now = KpiFixtures.asChange(definition);
        kpis.change(code, new KpiDefinitionChange(now.leadTimeDays(), yellow, red, now.visibleTo(), recipients, owner,
                on));
    }

    /** One alert cycle: the timer-start job, executed by hand; answers the instance it started. */
    private String cycle() {
        Set<String> before = allInstanceIds();
        engine.getManagementService().executeJob(timerStartJob().getId());
        Set<String> started = allInstanceIds();
        started.removeAll(before);
        assertThat(started).as("instances started by one cycle").hasSize(1);
        String id = started.iterator().next();
        instances.add(id);
        return id;
    }

    private Job timerStartJob() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS).timers()
                .activityId("StartEvent_AlertCycle").singleResult();
    }

    private Set<String> allInstanceIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list()
                .stream().map(instance -> instance.getId()).collect(Collectors.toCollection(HashSet::new));
    }

    private ProcessInstance running(String id) {
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
                .singleResult();
        assertThat(running).as("instance %s still running", id).isNotNull();
        return running;
    }

    /** The cycle found nothing worse: it ended at once, without a digest or a task. */
    private void assertNothingWorsened(String id) {
        assertEndedAt(id, "EndEvent_NothingWorsened");
        assertThat(passed(id)).doesNotContain("Gateway_Notify", "Task_SendDigest", "UserTask_ReviewKpi");
    }

    private void assertEndedAt(String id, String endEvent) {
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
                .singleResult().getEndTime()).as("instance %s ended", id).isNotNull();
        assertThat(passed(id)).contains(endEvent);
    }

    private List<String> passed(String id) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).finished()
                .list().stream().map(activity -> activity.getActivityId()).toList();
    }

    private List<Job> jobsOf(String id) {
        return engine.getManagementService().createJobQuery().processInstanceId(id).executable().list();
    }

    /**
     * Runs the instance's due jobs until none is left, as the job executor would; a failing job stays for its retry.
     * Answers how many ran without failing.
     */
    private int runJobsOf(String id) {
        int executed = 0;
        for (int round = 0; round < 20; round++) {
            int succeeded = 0;
            for (Job job : jobsOf(id)) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                    succeeded++;
                } catch (RuntimeException failed) {
                    // the engine has recorded the failure and rescheduled the job
                }
            }
            if (succeeded == 0) {
                return executed;
            }
            executed += succeeded;
        }
        throw new AssertionError("Jobs of " + id + " still due after 20 rounds");
    }

    private List<Task> reviewOf(String id, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceId(id).taskCandidateGroup(group).list();
    }

    private long openReviewTasks(String group) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup(group)
                .count();
    }

    private String kpiCodeOf(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), "kpiCode");
    }

    private List<MimeMessage> digestsTo(String recipient) {
        return support.mailsTo(recipient).stream()
                .filter(message -> ProcessTestSupport.subject(message).startsWith("Semaforo: "))
                .toList();
    }

    private static MimeMessage last(List<MimeMessage> messages) {
        return messages.get(messages.size() - 1);
    }

    private static String body(MimeMessage message) throws MessagingException, IOException {
        return message.getContent().toString();
    }

    private static Date romeDate(LocalDateTime romeTime) {
        return Date.from(romeTime.atZone(EngineTime.ROME).toInstant());
    }
}
