package it.semaforo.kpi.process;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiSource;

/** Open user tasks whose due date (their SLA) has passed, counted by the engine's indexed task query. */
@Component
class TasksPastSlaKpi implements KpiSource {

    private final TaskService tasks;
    private final Clock clock;

    TasksPastSlaKpi(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "TASKS_PAST_SLA";
    }

    @Override
    public BigDecimal measure(KpiDefinition definition, LocalDate today) {
        return BigDecimal.valueOf(tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).count());
    }
}
