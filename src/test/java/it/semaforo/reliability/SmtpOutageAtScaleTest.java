package it.semaforo.reliability;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.TestData;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxMessage;
import it.semaforo.notifications.OutboxStatus;

/**
 * Issue 7, "SMTP outage", at the scale of a whole reminder run: {@code reliability.reminders} deadlines whose 60-day
 * reminder falls due at the same moment while SMTP refuses connections. Every send job must follow its
 * {@code failedJobRetryTimeCycle} (read from the deployed model) and end as an incident; after SMTP is back and an
 * operator retries the step through {@code /engine-rest} (as manager; sales may not), every reminder must be
 * delivered exactly once: one e-mail per recipient, one per Message-ID, every outbox row SENT. The figures go to
 * standard output, prefixed {@code SMTP outage at scale:}, for docs/reliability.md.
 *
 * <p>The default scale is 200 reminders, because the class runs in every build twice (H2 in surefire, PostgreSQL
 * in the {@code postgres-suite}) and each reminder costs six job runs; the reliability run uses
 * {@code -Dreliability.reminders=10000} (see docs/reliability.md).
 *
 * <p>The deadlines live in 2037/38, a time no other test travels to. Before SMTP goes down the clock stops one
 * minute before the reminders and runs whatever other tests left due by then, so the outage meets this test's
 * reminders only; every assertion is scoped to this test's process instances, recipients and idempotency keys.
 * At the end every deadline of the test is cancelled (which ends its lifecycle), so nothing is left due for the
 * other tests of the shared context.
 */
@IntegrationTest
class SmtpOutageAtScaleTest {

    private static final int REMINDERS = Integer.getInteger("reliability.reminders", 200);
    private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final LocalDateTime CREATED = LocalDateTime.of(2037, 12, 1, 9, 0);
    private static final LocalDate START = LocalDate.of(2037, 4, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2038, 3, 31);
    /** The default plan's first reminder: 60 days before expiry, at the send time (08:00). */
    private static final LocalDateTime REMINDER_DUE = EXPIRY.minusDays(60).atTime(8, 0);
    private static final String SEND = "Task_SendReminder";
    /** Logs every failed job with its stack trace (ERROR ENGINE-16004): thousands of them here, all expected. */
    private static final String FAILED_JOB_LOG = "org.camunda.bpm.engine.context";

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired TestRestTemplate rest;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired Notifications notifications;

    /** One reminder of the run: its deadline, the customer's address, the lifecycle and the outbox key. */
    private record Reminder(long deadlineId, String recipient, String processInstanceId) {
        String key() {
            return "deadline:" + deadlineId + ":reminder:P60D";
        }
    }

    /** {@code R5/PT5M}: that many attempts in all, that far apart. */
    private record RetryCycle(int attempts, Duration interval) {
    }

    @Test
    void everyReminderOfARunIsRetriedThenAnIncidentAndAfterAnOperatorRetryDeliveredOnce() throws Exception {
        ProcessTestSupport support = new ProcessTestSupport(engine, smtp);
        RetryCycle cycle = retryCycleOf(SEND);
        int port = mailSender.getPort();
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        LogLevel failedJobLogLevel = logging.getLoggerConfiguration(FAILED_JOB_LOG).getConfiguredLevel();
        List<Reminder> run = List.of();
        long started = System.nanoTime();
        try {
            EngineTime.setTo(CREATED);
            run = createDeadlines(REMINDERS);
            long created = System.nanoTime();
            Map<String, Reminder> byInstance = run.stream()
                    .collect(Collectors.toMap(Reminder::processInstanceId, Function.identity()));
            Set<String> recipients = run.stream().map(Reminder::recipient).collect(Collectors.toSet());
            assertThat(byInstance).hasSize(REMINDERS);
            assertThat(recipients).hasSize(REMINDERS);

            support.travelTo(REMINDER_DUE.minusMinutes(1));
            logging.setLogLevel(FAILED_JOB_LOG, LogLevel.OFF);
            mailSender.setPort(1); // nothing listens there: connection refused, as in anSmtpOutageIsRetried...
            LocalDateTime outageEnds = REMINDER_DUE.plus(cycle.interval().multipliedBy(cycle.attempts()));
            for (LocalDateTime now = REMINDER_DUE; !now.isAfter(outageEnds); now = now.plusMinutes(1)) {
                support.travelTo(now);
            }

            List<Incident> incidents = ours(engine.getRuntimeService().createIncidentQuery().activityId(SEND).list(),
                    Incident::getProcessInstanceId, byInstance.keySet());
            assertThat(incidents).as("one incident per reminder").hasSize(REMINDERS)
                    .allSatisfy(incident -> assertThat(incident.getIncidentMessage()).contains("Could not send e-mail"))
                    .extracting(Incident::getProcessInstanceId).doesNotHaveDuplicates();
            List<Job> failed = sendJobs(byInstance.keySet());
            assertThat(failed).hasSize(REMINDERS).allSatisfy(job -> assertThat(job.getRetries()).isZero());
            assertThat(support.mailsToAnyOf(recipients)).as("delivered during the outage").isEmpty();
            List<OutboxMessage> pending = outbox(run);
            assertThat(pending).allSatisfy(message -> {
                assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(message.getLastError()).isNotBlank();
                assertThat(message.getAttempts()).as("attempts of %s", message.getIdempotencyKey())
                        .isEqualTo(cycle.attempts());
            });
            long outageOver = System.nanoTime();

            mailSender.setPort(port);
            // the operator retries the step, once, for every job that failed at it (one call, however many jobs)
            List<String> definitions = failed.stream().map(Job::getJobDefinitionId).distinct().toList();
            assertThat(definitions).as("job definitions of the failed sends").hasSize(1);
            String retry = "/engine-rest/job-definition/" + definitions.get(0) + "/retries";
            new Api(rest, "sara").put(retry, body("retries", 1)).expect(403); // sales may not touch jobs
            new Api(rest, "demo").put(retry, body("retries", 1)).expect(204);
            long retried = System.nanoTime();
            support.runDueJobs();
            long delivered = System.nanoTime();

            List<MimeMessage> mails = support.mailsToAnyOf(recipients);
            Map<String, Long> perMessageId = mails.stream()
                    .collect(Collectors.groupingBy(ProcessTestSupport::messageId, Collectors.counting()));
            Map<String, Long> perRecipient = mails.stream()
                    .flatMap(mail -> ProcessTestSupport.recipients(mail).stream().filter(recipients::contains))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            List<OutboxMessage> outbox = outbox(run);
            int duplicates = mails.size() - perMessageId.size();
            System.out.printf("SMTP outage at scale: N=%d, database=%s, retry cycle R%d/%s, incidents=%d, "
                            + "attempts per e-mail %s during the outage and %s in all, received=%d, "
                            + "distinct Message-IDs=%d, duplicates=%d; setup %.1f s, outage %.1f s, retry call %.0f ms, "
                            + "delivery %.1f s, total %.1f s%n",
                    REMINDERS, database(), cycle.attempts(), cycle.interval(), incidents.size(), attempts(pending),
                    attempts(outbox), mails.size(), perMessageId.size(), duplicates, seconds(started, created),
                    seconds(created, outageOver), seconds(outageOver, retried) * 1000, seconds(retried, delivered),
                    seconds(started, delivered));

            assertThat(mails).as("received").hasSize(REMINDERS);
            assertThat(perMessageId).as("Message-IDs").hasSize(REMINDERS).allSatisfy((id, count) ->
                    assertThat(count).as("copies of %s", id).isEqualTo(1));
            assertThat(perRecipient).as("recipients").hasSize(REMINDERS).allSatisfy((recipient, count) ->
                    assertThat(count).as("e-mails to %s", recipient).isEqualTo(1));
            assertThat(outbox).allSatisfy(message -> {
                assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
                assertThat(message.getAttempts()).isEqualTo(cycle.attempts() + 1);
                assertThat(perMessageId).containsKey(message.getMessageId());
            });
            assertThat(ours(engine.getRuntimeService().createIncidentQuery().activityId(SEND).list(),
                    Incident::getProcessInstanceId, byInstance.keySet())).as("incidents left").isEmpty();
            assertThat(sendJobs(byInstance.keySet())).as("send jobs left").isEmpty();
            assertThat(ours(engine.getManagementService().createJobQuery().activityId("Event_ReminderDue").timers()
                    .list(), Job::getProcessInstanceId, byInstance.keySet()))
                    .as("lifecycles waiting for the 30-day reminder").hasSize(REMINDERS);
        } finally {
            mailSender.setPort(port);
            logging.setLogLevel(FAILED_JOB_LOG, failedJobLogLevel);
            cancel(run);
            EngineTime.reset();
        }
    }

    /** Customers with their own address and a deadline each, created through the domain services, in parallel. */
    private List<Reminder> createDeadlines(int count) throws Exception {
        long product = testData.yearlyService().getId();
        return inParallel(IntStream.range(0, count).boxed().toList(), i -> {
            Customer customer = testData.customer("it");
            Deadline deadline = deadlines.create(new NewDeadline(customer.getId(), product, null, 1, null, null,
                    START, EXPIRY, null, null));
            return new Reminder(deadline.getId(), customer.getEmail(), deadline.getProcessInstanceId());
        });
    }

    /** Ends every lifecycle of the run the way an operator would (cancelling the deadline): nothing stays due. */
    private void cancel(List<Reminder> run) throws Exception {
        inParallel(run, reminder -> deadlines.get(reminder.deadlineId()).getStatus() == DeadlineStatus.ACTIVE
                ? deadlines.cancel(reminder.deadlineId()) : null);
        engine.getRuntimeService().deleteProcessInstancesIfExists(run.stream().map(Reminder::processInstanceId)
                .toList(), "test over", true, true, true);
    }

    private List<Job> sendJobs(Set<String> instances) {
        return ours(engine.getManagementService().createJobQuery().activityId(SEND).list(), Job::getProcessInstanceId,
                instances);
    }

    private List<OutboxMessage> outbox(List<Reminder> run) {
        List<OutboxMessage> messages = run.stream()
                .map(reminder -> notifications.find(reminder.key()).orElse(null)).toList();
        assertThat(messages).as("an outbox row per reminder").doesNotContainNull();
        return messages;
    }

    /** The failedJobRetryTimeCycle of an activity of the deployed deadline-lifecycle, such as {@code R5/PT5M}. */
    private RetryCycle retryCycleOf(String activityId) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("deadline-lifecycle").latestVersion().singleResult().getId();
        ServiceTask task = engine.getRepositoryService().getBpmnModelInstance(definitionId)
                .getModelElementById(activityId);
        String cycle = task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent().trim();
        Matcher parts = Pattern.compile("R(\\d+)/(P\\S+)").matcher(cycle);
        assertThat(parts.matches()).as("retry cycle %s", cycle).isTrue();
        return new RetryCycle(Integer.parseInt(parts.group(1)), Duration.parse(parts.group(2)));
    }

    private static <T> List<T> ours(Collection<T> items, Function<T, String> instanceOf, Set<String> instances) {
        return items.stream().filter(item -> instances.contains(instanceOf.apply(item))).toList();
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> results = new ArrayList<>();
            for (T item : items) {
                results.add(pool.submit(() -> work.apply(item)));
            }
            List<R> done = new ArrayList<>();
            for (Future<R> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private String database() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    }

    /** The attempts the outbox counted per e-mail: "5" when all agree, else "min-max". */
    private static String attempts(List<OutboxMessage> messages) {
        IntSummaryStatistics attempts = messages.stream().mapToInt(OutboxMessage::getAttempts).summaryStatistics();
        return attempts.getMin() == attempts.getMax() ? String.valueOf(attempts.getMin())
                : attempts.getMin() + "-" + attempts.getMax();
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
