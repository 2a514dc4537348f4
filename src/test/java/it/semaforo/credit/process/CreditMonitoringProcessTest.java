package it.semaforo.credit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.TestData;
import it.semaforo.credit.CheckRequest;
import it.semaforo.credit.CreditCheck;
import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.CreditMonitoring;
import it.semaforo.credit.CreditStatusRepository;
import it.semaforo.credit.RiskEventRepository;
import it.semaforo.credit.sandbox.Change;
import it.semaforo.credit.sandbox.ChangeType;
import it.semaforo.credit.sandbox.NewChange;
import it.semaforo.credit.sandbox.SandboxCompanies;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/**
 * {@code credit-monitoring} against the app's own sandbox provider, over real HTTP through Camunda Connect: a change
 * added in the sandbox shows up after one cycle (the timer job run by hand) as one risk event, a worse light and one
 * review task, and one e-mail to the customer's seller; a cycle without news does nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditMonitoringProcessTest {

    private static final String PROCESS = "credit-monitoring";
    /** Fontana Software S.r.l. in the sandbox's data: rating 97, nothing against it (green). */
    private static final String FONTANA = "73319740210";
    /** Tessiture Comasche S.p.A.: rating 88, nothing against it (green); neither is a demo customer. */
    private static final String TESSITURE = "36828840581";

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired GreenMail smtp;
    @Autowired TestRestTemplate rest;
    @Autowired SandboxCompanies sandbox;
    @Autowired CreditChecks checks;
    @Autowired CreditMonitoring monitoring;
    @Autowired CreditStatusRepository statuses;
    @Autowired RiskEventRepository riskEvents;
    @Autowired Customers customers;
    @Autowired TestData data;
    @Autowired CreditProvider creditProvider;

    private final Set<String> instances = new HashSet<>();
    private ProcessTestSupport support;

    @BeforeAll
    void support() {
        support = new ProcessTestSupport(engine, smtp);
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        ProcessTestSupport.Coverage coverage = support.coverage(PROCESS, instances);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aChangeInTheFeedTurnsAGreenCustomerRedWithOneEventAndOneReviewTask() {
        String seller = sellerWithEmail();
        long customerId = customers.merge(new NewCustomer(CustomerKind.CUSTOMER, "Fontana Software S.r.l.", FONTANA,
                null, null, "it", seller)).customerId();
        customers.assignOwners(customerId, seller, null);
        Viewer anna = new Viewer("anna", Set.of(Groups.ADMINISTRATION));
        CreditCheck first = checks.request(new CheckRequest(customerId, null, "first"), anna);
        runJobsOf(first.getProcessInstanceId());
        assertThat(statuses.findById(customerId).orElseThrow().getLight()).isEqualTo(CreditLight.GREEN);
        runCycle(); // whatever the feed held before this test
        long eventsBefore = riskEvents.count();

        Change insolvency = sandbox.record(new NewChange(FONTANA, ChangeType.INSOLVENCY, null, null,
                "Liquidazione giudiziale", null));
        runCycle();

        assertThat(riskEvents.count()).isEqualTo(eventsBefore + 1);
        assertThat(riskEvents.existsByProviderChangeId(insolvency.id())).isTrue();
        CreditCheck recheck = checks.forCustomer(customerId, anna).recentChecks().get(0);
        assertThat(recheck.getReason()).isEqualTo(CreditMonitoring.REASON);
        runJobsOf(recheck.getProcessInstanceId());
        assertThat(checks.get(recheck.getId()).isFromCache()).as("the change made the cache stale").isFalse();
        assertThat(statuses.findById(customerId).orElseThrow().getLight()).isEqualTo(CreditLight.RED);
        List<Task> reviews = engine.getTaskService().createTaskQuery()
                .processInstanceId(recheck.getProcessInstanceId()).list();
        assertThat(reviews).extracting(Task::getTaskDefinitionKey).containsExactly("UserTask_ReviewCredit");

        List<MimeMessage> notices = support.mailsTo(seller + "@example.it");
        assertThat(notices).hasSize(1);
        assertThat(ProcessTestSupport.subject(notices.get(0))).contains("Fontana Software S.r.l.");

        runCycle();
        assertThat(support.mailsTo(seller + "@example.it")).as("no second notice").hasSize(1);
        assertThat(riskEvents.count()).as("no news, nothing stored").isEqualTo(eventsBefore + 1);
        assertThat(checks.forCustomer(customerId, anna).recentChecks().get(0).getId())
                .as("no new check").isEqualTo(recheck.getId());

        JsonNode lastWeek = new Api(rest, "anna").get("/api/credit/events?since=P7D").expect(200).json();
        JsonNode newest = lastWeek.get(0);
        assertThat(newest.path("providerChangeId").asText()).isEqualTo(insolvency.id());
        assertThat(newest.path("customerId").asLong()).isEqualTo(customerId);
        assertThat(newest.path("customerName").asText()).isEqualTo("Fontana Software S.r.l.");
        assertThat(newest.path("type").asText()).isEqualTo("INSOLVENCY");
        assertThat(new Api(rest, seller).get("/api/credit/events?since=P7D").expect(200).json()
                .findValuesAsText("providerChangeId")).as("the seller owns Fontana").contains(insolvency.id());
        assertThat(new Api(rest, "sara").get("/api/credit/events?since=P7D").expect(200).json()
                .findValuesAsText("providerChangeId")).as("not sara's customer").doesNotContain(insolvency.id());
    }

    @Test
    void aWorseRatingTurnsAGreenCustomerYellowWithAReviewTaskToo() {
        long customerId = customers.merge(new NewCustomer(CustomerKind.CUSTOMER, "Tessiture Comasche S.p.A.",
                TESSITURE, null, null, "it", null)).customerId();
        Viewer anna = new Viewer("anna", Set.of(Groups.ADMINISTRATION));
        runJobsOf(checks.request(new CheckRequest(customerId, null, "first"), anna).getProcessInstanceId());
        assertThat(statuses.findById(customerId).orElseThrow().getLight()).isEqualTo(CreditLight.GREEN);

        sandbox.record(new NewChange(TESSITURE, ChangeType.RATING_CHANGE, null, null, "Bilancio in perdita", 30));
        runCycle();
        CreditCheck recheck = checks.forCustomer(customerId, anna).recentChecks().get(0);
        runJobsOf(recheck.getProcessInstanceId());

        assertThat(statuses.findById(customerId).orElseThrow().getLight()).as("rating class D").isEqualTo(CreditLight.YELLOW);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(recheck.getProcessInstanceId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly("UserTask_ReviewCredit");
    }

    @Test
    void aFailingFeedIsRetriedThenAnIncidentAndStoresNothing() {
        CreditProviderStub provider = new CreditProviderStub();
        provider.start(creditProvider);
        String instance = null;
        try {
            provider.server().stubFor(WireMock.get(WireMock.urlPathEqualTo("/credit/changes"))
                    .willReturn(WireMock.aResponse().withStatus(503)));
            long before = riskEvents.count();
            Instant since = monitoring.since();

            instance = fireTimer();
            Job poll = management.createJobQuery().processInstanceId(instance).singleResult();
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThatThrownBy(() -> management.executeJob(poll.getId())).as("attempt %d", attempt + 1)
                        .isInstanceOf(RuntimeException.class);
            }

            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count())
                    .as("an incident in Cockpit").isEqualTo(1);
            assertThat(riskEvents.count()).isEqualTo(before);
            assertThat(monitoring.since()).as("the cursor stays").isEqualTo(since);
        } finally {
            provider.stop(creditProvider);
            if (instance != null) {
                engine.getRuntimeService().deleteProcessInstance(instance, "test over", true, true);
            }
        }
    }

    @Test
    void aChangeDeliveredTwiceIsStoredOnce() {
        String vat = Api.randomPartitaIva();
        String changeId = Api.unique("chg-twice");
        String feed = """
                {"changes":[{"id":"%s","vatNumber":"%s","type":"PROTEST","date":"2026-01-10","amount":900.00,
                 "description":"Assegno protestato","recordedAt":"2026-01-10T09:00:00Z"}],
                 "until":"2026-01-10T09:00:00Z"}""".formatted(changeId, vat);
        long before = riskEvents.count();

        assertThat(monitoring.store(feed)).as("not a customer: nobody to check again").isEmpty();
        monitoring.store(feed);

        assertThat(riskEvents.count()).isEqualTo(before + 1);
        assertThat(new Api(rest, "anna").get("/api/credit/events?since=P1D").expect(200).json()
                .findValuesAsText("providerChangeId")).contains(changeId);
        assertThat(new Api(rest, "sara").get("/api/credit/events?since=P1D").expect(200).json()
                .findValuesAsText("providerChangeId")).as("no customer of sara's").doesNotContain(changeId);
    }

    @Test
    void theEventsWindowIsAPeriodOrADate() {
        Api anna = new Api(rest, "anna");
        anna.get("/api/credit/events?since=2026-01-01").expect(200);
        assertThat(Api.assertBadRequest(anna.get("/api/credit/events?since=yesterday"), "since")).contains("yesterday");
        assertThat(Api.assertBadRequest(anna.get("/api/credit/events?since=PT1H", "Accept-Language", "en"), "since"))
                .startsWith("Invalid window");
    }

    /** A seller of our own, with an address for the notice. */
    private String sellerWithEmail() {
        String seller = data.user(Groups.SALES);
        User user = engine.getIdentityService().createUserQuery().userId(seller).singleResult();
        user.setEmail(seller + "@example.it");
        engine.getIdentityService().saveUser(user);
        return seller;
    }

    /** One monitoring cycle: the timer fires, then the poll and its save point run as the job executor would. */
    private void runCycle() {
        String instance = fireTimer();
        runJobsOf(instance);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .as("the cycle ended").isZero();
    }

    /** The timer start event fires: a new instance, waiting at its asynchronous poll. */
    private String fireTimer() {
        Set<String> running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        Job timer = management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
        management.executeJob(timer.getId());
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .list().stream().map(ProcessInstance::getId).filter(id -> !running.contains(id)).findFirst()
                .orElseThrow();
        instances.add(instance);
        return instance;
    }

    private void runJobsOf(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            Job job = management.createJobQuery().processInstanceId(processInstanceId).singleResult();
            if (job == null) {
                return;
            }
            management.executeJob(job.getId());
        }
        throw new AssertionError("jobs keep coming");
    }
}
