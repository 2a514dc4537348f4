package it.semaforo.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A job executor built as the Camunda Spring Boot starter builds one ({@code SpringJobExecutor} on a
 * {@code ThreadPoolTaskExecutor}), with the settings under comparison, running on the engine of the benchmark context
 * (whose own executor the test profile leaves off) until closed.
 */
public final class BenchJobExecutor implements AutoCloseable {

    /** The settings scenario 2 compares: the pool, the acquisition, and the engine's acquisition query. */
    public record Settings(String name, int corePoolSize, int maxPoolSize, int queueCapacity, int maxJobsPerAcquisition,
                    int waitTimeInMillis, long maxWait, boolean acquireByDueDate, boolean dueDateNotNull) {

        /** What the starter gives when nothing is configured. */
        public static Settings starterDefaults() {
            JobExecutionProperty pool = new JobExecutionProperty();
            JobExecutor engine = new SpringJobExecutor();
            return new Settings("starter defaults", pool.getCorePoolSize(), pool.getMaxPoolSize(),
                    pool.getQueueCapacity(), engine.getMaxJobsPerAcquisition(), engine.getWaitTimeInMillis(),
                    engine.getMaxWait(), false, false);
        }

        /** What application.yaml configures (camunda.bpm.job-execution and generic-properties). */
        public static Settings configured(CamundaBpmProperties properties, ProcessEngineConfigurationImpl engine) {
            JobExecutionProperty configured = properties.getJobExecution();
            Settings defaults = starterDefaults();
            return new Settings("Semaforo's (application.yaml)", configured.getCorePoolSize(),
                    configured.getMaxPoolSize(), configured.getQueueCapacity(),
                    or(configured.getMaxJobsPerAcquisition(), defaults.maxJobsPerAcquisition()),
                    or(configured.getWaitTimeInMillis(), defaults.waitTimeInMillis()),
                    configured.getMaxWait() == null ? defaults.maxWait() : configured.getMaxWait(),
                    engine.isJobExecutorAcquireByDueDate(), engine.isEnsureJobDueDateNotNull());
        }

        @Override
        public String toString() {
            return String.format("%s: pool %d-%d, queue %d, %d jobs per acquisition, wait %d ms%s%s", name,
                    corePoolSize, maxPoolSize, queueCapacity, maxJobsPerAcquisition, waitTimeInMillis,
                    acquireByDueDate ? ", by due date" : "", dueDateNotNull ? ", due dates never null" : "");
        }

        private static int or(Integer value, int otherwise) {
            return value == null ? otherwise : value;
        }
    }

    private final ProcessEngineImpl engine;
    private final ProcessEngineConfigurationImpl configuration;
    private final JobExecutor replaced;
    private final boolean acquiredByDueDate;
    private final boolean dueDatesNotNull;
    private final SpringJobExecutor executor = new SpringJobExecutor();
    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    public BenchJobExecutor(ProcessEngine processEngine, Settings settings) {
        engine = (ProcessEngineImpl) processEngine;
        configuration = engine.getProcessEngineConfiguration();
        replaced = configuration.getJobExecutor();
        acquiredByDueDate = configuration.isJobExecutorAcquireByDueDate();
        dueDatesNotNull = configuration.isEnsureJobDueDateNotNull();

        threads.setCorePoolSize(settings.corePoolSize());
        threads.setMaxPoolSize(settings.maxPoolSize());
        threads.setQueueCapacity(settings.queueCapacity());
        threads.setThreadNamePrefix("bench-job-");
        threads.setWaitForTasksToCompleteOnShutdown(true); // jobs in hand finish, so none is left locked
        threads.setAwaitTerminationSeconds(30);
        threads.initialize();
        executor.setTaskExecutor(threads);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        executor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
        executor.setWaitTimeInMillis(settings.waitTimeInMillis());
        executor.setMaxWait(settings.maxWait());
        configuration.setJobExecutorAcquireByDueDate(settings.acquireByDueDate());
        configuration.setEnsureJobDueDateNotNull(settings.dueDateNotNull());
        configuration.setJobExecutor(executor); // new jobs hint this executor
        executor.registerProcessEngine(engine);
        executor.start();
    }

    @Override
    public void close() {
        executor.shutdown();
        executor.unregisterProcessEngine(engine);
        threads.shutdown();
        configuration.setJobExecutor(replaced);
        configuration.setJobExecutorAcquireByDueDate(acquiredByDueDate);
        configuration.setEnsureJobDueDateNotNull(dueDatesNotNull);
    }
}
