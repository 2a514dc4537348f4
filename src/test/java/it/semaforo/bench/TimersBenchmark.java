package it.semaforo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import it.semaforo.TestData;
import it.semaforo.bench.BenchJobExecutor.Settings;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.JobAcquisitionTuning;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbench test -Dtest=TimersBenchmark}). Scenario 2, timers at scale: a waiting
 * {@code deadline-lifecycle} for each of the million deadlines of {@link MillionDeadlines} (three timers each,
 * {@link LifecycleClones}), then
 * <ol>
 *   <li>idle polling: the job executor running with no job due, the database's CPU over
 *       {@code bench.timers.idle-seconds} (60), with and without the job indexes of {@code JobAcquisitionTuning};</li>
 *   <li>the starter's default job-executor settings against ours, each with and without those indexes:
 *       {@code bench.timers.compare} (10,000) recall timers made due at once and drained;</li>
 *   <li>{@code bench.timers.due} (100,000) recall timers made due at once and drained with our settings and the
 *       indexes, while a manager's dashboard opens every {@code bench.timers.dashboard-pause-ms} (500) ms
 *       (scenario 5 under load).</li>
 * </ol>
 * A recall timer's job creates the lifecycle's "call the customer" task for sales: one job per timer, no e-mail
 * (scenario 3 measures those).
 */
@BenchContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimersBenchmark {

    private static final String SCENARIO = "2. Timers at scale";
    /** Between two openings of the dashboard while timers drain: a few managers looking now and then. */
    private static final Duration DASHBOARD_PAUSE =
            Duration.ofMillis(Integer.getInteger("bench.timers.dashboard-pause-ms", 500));

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired Kpis kpis;
    @Autowired ProcessEngine engine;
    @Autowired CamundaBpmProperties camunda;

    private MillionDeadlines.Rows rows;
    private String recallTimer;
    private long nextDue;

    @BeforeAll
    void lifecycleForEveryDeadline() {
        assumeTrue(BenchDatabase.isPostgres(jdbc), "scenario 2 copies engine rows with PostgreSQL's SQL: skipped");
        rows = MillionDeadlines.ensure(jdbc, testData, deadlines.today());
        LocalDate expiry = deadlines.today().plusDays(400);
        long template = deadlines.create(new NewDeadline(testData.customer("it").getId(),
                testData.yearlyService().getId(), null, 1, null, null, expiry.minusYears(1).plusDays(1), expiry, null,
                null)).getId();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("deadline-lifecycle").processInstanceBusinessKey(String.valueOf(template))
                .singleResult().getId();
        recallTimer = jdbc.queryForObject("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                + " where j.process_instance_id_ = ? and d.act_id_ = 'Event_RecallDue'", String.class, instance);
        nextDue = rows.firstId();

        long runtimeBytes = BenchDatabase.bytesOfTables(jdbc, "act\\_ru\\_%");
        long started = System.nanoTime();
        new LifecycleClones(jdbc, instance).copyFor(rows.firstId(), rows.lastId(), 20_000);
        double seconds = (System.nanoTime() - started) / 1e9;
        long timers = jdbc.queryForObject("select count(*) from act_ru_job where handler_type_ = 'timer-intermediate-transition'", Long.class);
        BenchResults.report(SCENARIO, "waiting lifecycles", rows.count(), "", String.format(
                "%,d timer jobs; copied from one started through the service in %.0f s", timers, seconds));
        BenchResults.report(SCENARIO, "runtime bytes per waiting lifecycle",
                (BenchDatabase.bytesOfTables(jdbc, "act\\_ru\\_%") - runtimeBytes) / (double) rows.count(), "B",
                "ACT_RU_* tables and indexes");
    }

    @Test
    @Order(1)
    void idlePolling() throws InterruptedException {
        Duration window = Duration.ofSeconds(Integer.getInteger("bench.timers.idle-seconds", 60));
        Settings ours = ours();
        for (boolean index : new boolean[] {false, true}) {
            jobIndexes(index);
            try (BenchJobExecutor executor = new BenchJobExecutor(engine, ours)) {
                Thread.sleep(2_000); // its first acquisitions find nothing and back off
                Latencies acquisitions = SqlCounting.timeAcquisitions();
                Duration cpuBefore = DatabaseCpu.used();
                Thread.sleep(window.toMillis());
                double percent = DatabaseCpu.percentOfMachine(DatabaseCpu.used().minus(cpuBefore), window);
                String label = index ? "with the job indexes" : "without the job indexes";
                BenchResults.below(SCENARIO, "idle polling: database CPU, " + label, percent, "%", 2,
                        String.format("%d acquisitions in %d s, p95 %.1f ms, %s", acquisitions.count(),
                                window.toSeconds(), acquisitions.percentileMillis(95), ours));
            }
        }
    }

    @Test
    @Order(2)
    void defaultAndOurSettingsWithAndWithoutTheIndex() throws Exception {
        int count = Integer.getInteger("bench.timers.compare", 10_000);
        Duration longest = Duration.ofSeconds(Integer.getInteger("bench.timers.compare-seconds", 90));
        for (Settings settings : List.of(Settings.starterDefaults(), ours())) {
            for (boolean index : new boolean[] {false, true}) {
                jobIndexes(index);
                long statements = SqlCounting.statements();
                Drain drain = drain(count, settings, null, longest);
                String label = String.format(" (%s, %s the job indexes)", settings.name(), index ? "with" : "without");
                BenchResults.report(SCENARIO, "timers drained per second" + label, drain.perSecond(), "/s",
                        String.format("%,d of %,d due at once drained in %.1f s; %s; %.1f SQL statements per timer",
                                drain.drained(), count, drain.seconds(), settings,
                                (SqlCounting.statements() - statements) / (double) drain.drained()));
                BenchResults.report(SCENARIO, "acquisition p95" + label, drain.acquisitions().percentileMillis(95),
                        "ms", drain.acquisitions().count() + " acquisitions");
            }
        }
    }

    @Test
    @Order(3)
    void aHundredThousandDueWhileTheDashboardIsUsed() throws Exception {
        int count = Integer.getInteger("bench.timers.due", 100_000);
        jobIndexes(true);
        ManagerDashboard dashboard = new ManagerDashboard(kpis, deadlines);
        for (int run = 0; run < 20; run++) {
            dashboard.open(true);
        }
        Drain drain = drain(count, ours(), dashboard, Duration.ofSeconds(120 + count / 20));
        assertThat(drain.drained()).as("drained in time").isEqualTo(count);
        BenchResults.atLeast(SCENARIO, "timers drained per second", drain.perSecond(), "/s", 300,
                BaselineBenchmark.JDBC, String.format("%,d of %,d made due at once, drained in %.1f s; %s", count,
                        rows.count(), drain.seconds(), ours()));
        BenchResults.below(SCENARIO, "acquisition query p95", drain.acquisitions().percentileMillis(95), "ms", 10,
                drain.acquisitions().count() + " acquisitions while draining, with the job indexes");
        drain.acquisitions().report(SCENARIO, "acquisition query");
        dashboard.report(" while timers drain", String.format("opened %d times, %d ms apart, while %,d timers drained",
                dashboard.opened(), DASHBOARD_PAUSE.toMillis(), count));
    }

    private record Drain(int drained, double seconds, double perSecond, Latencies acquisitions) {
    }

    /**
     * Makes the recall timers of the next {@code count} deadlines due, runs a job executor with the settings until
     * each has created its task or {@code longest} has passed, opening the dashboard meanwhile if one is given. Timers
     * left undrained are put back to the far future, out of the next drain's way.
     */
    private Drain drain(int count, Settings settings, ManagerDashboard dashboard, Duration longest) throws Exception {
        long first = nextDue;
        long last = first + count - 1;
        nextDue = last + 1;
        String timers = "(select ? || '.' || d.id from deadline d where d.id between ? and ?)";
        int made = jdbc.update("update act_ru_job set duedate_ = ? where id_ in " + timers,
                new Timestamp(ClockUtil.getCurrentTime().getTime() - 60_000), recallTimer, first, last);
        assertThat(made).isEqualTo(count);
        long tasksBefore = recallTasks();
        AtomicBoolean draining = new AtomicBoolean(true);
        ExecutorService user = Executors.newSingleThreadExecutor();
        Future<?> dashboardUse = user.submit(() -> {
            while (dashboard != null && draining.get()) {
                dashboard.open(false);
                Thread.sleep(DASHBOARD_PAUSE.toMillis());
            }
            return null;
        });
        Latencies acquisitions = SqlCounting.timeAcquisitions();
        long started = System.nanoTime();
        long stop = started + longest.toNanos();
        try (BenchJobExecutor executor = new BenchJobExecutor(engine, settings)) {
            while (recallTasks() - tasksBefore < count && System.nanoTime() < stop) {
                Thread.sleep(1_000);
            }
        } finally {
            draining.set(false);
            user.shutdown();
        }
        int drained = (int) (recallTasks() - tasksBefore);
        double seconds = (System.nanoTime() - started) / 1e9;
        dashboardUse.get();
        jdbc.update("update act_ru_job set duedate_ = duedate_ + interval '20 years', lock_owner_ = null, "
                + "lock_exp_time_ = null where id_ in " + timers, recallTimer, first, last);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where exception_msg_ is not null",
                Long.class)).as("failed jobs").isZero();
        return new Drain(drained, seconds, drained / seconds, acquisitions);
    }

    private long recallTasks() {
        return jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'UserTask_Recall'",
                Long.class);
    }

    private Settings ours() {
        return Settings.configured(camunda, ((ProcessEngineImpl) engine).getProcessEngineConfiguration());
    }

    /** With or without the indexes on ACT_RU_JOB that the application adds (platform.JobAcquisitionTuning). */
    private void jobIndexes(boolean present) {
        if (present) {
            JobAcquisitionTuning.createIndexes(jdbc);
        } else {
            JobAcquisitionTuning.INDEXES.keySet().forEach(name -> jdbc.execute("drop index if exists " + name));
        }
    }
}
