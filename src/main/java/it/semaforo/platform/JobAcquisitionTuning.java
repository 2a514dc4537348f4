package it.semaforo.platform;

import java.sql.Timestamp;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the job executor's acquisition query fast over a million waiting timers (measured in docs/benchmarks.md,
 * settings in docs/operations.md). Camunda's schema indexes neither {@code ACT_RU_JOB.DUEDATE_} nor
 * {@code LOCK_EXP_TIME_}, so each acquisition read the whole job table, once for due jobs and, with many due, once more
 * for the locked ones its "exclusive" check excludes; this adds both indexes when the engine starts. With
 * {@code ensure-job-due-date-not-null} and {@code job-executor-acquire-by-due-date} (application.yaml) the query then
 * reads the due-date index in order and stops at the first free jobs. Jobs created before
 * {@code ensure-job-due-date-not-null} was on have no due date, which that query would skip forever: they get the
 * current time as theirs.
 */
@Component
public class JobAcquisitionTuning extends AbstractProcessEnginePlugin {

    /** Index name → indexed column of ACT_RU_JOB. */
    public static final Map<String, String> INDEXES = Map.of(
            "semaforo_idx_job_due_date", "DUEDATE_",
            "semaforo_idx_job_lock_exp_time", "LOCK_EXP_TIME_");

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionTuning.class);

    /** Creates the indexes of {@link #INDEXES} that are missing. */
    public static void createIndexes(JdbcTemplate jdbc) {
        INDEXES.forEach((name, column) -> jdbc.execute("create index if not exists " + name + " on ACT_RU_JOB ("
                + column + ")"));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) processEngine)
                .getProcessEngineConfiguration();
        JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
        createIndexes(jdbc);
        if (configuration.isEnsureJobDueDateNotNull()) {
            int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null",
                    new Timestamp(ClockUtil.getCurrentTime().getTime()));
            if (dated > 0) {
                log.info("{} jobs without a due date are due now (ensure-job-due-date-not-null)", dated);
            }
        }
    }
}
