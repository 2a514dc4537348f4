package it.semaforo.console;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.Deadline;
import it.semaforo.deals.Deal;

/**
 * The console's small adapter to the Camunda engine (the domain modules never import it): which deadline processes
 * still run, which recall or final-call task is open for a deadline (business key = deadline id), which task is open
 * on a deal's process, and the display names of users. Links point to Cockpit and Tasklist, which do the work.
 */
@Component
class ProcessLinks {

    /** User tasks of the deadline models that a person answers about a deadline. */
    static final List<String> CALL_TASKS = List.of("UserTask_Recall", "UserTask_FinalCall");

    /** An open user task. */
    record OpenTask(String id, String name) {
        public String tasklistUrl() {
            return "/camunda/app/tasklist/default/#/?task=" + id;
        }
    }

    /** What the engine knows about a customer's deadlines. */
    record DeadlineProcesses(Set<String> running, Map<Long, OpenTask> openTasks) {
        public boolean isRunning(Deadline deadline) {
            return deadline.getProcessInstanceId() != null && running.contains(deadline.getProcessInstanceId());
        }

        public OpenTask openTask(Deadline deadline) {
            return openTasks.get(deadline.getId());
        }

        public String cockpitUrl(Deadline deadline) {
            return ProcessLinks.cockpitUrl(deadline.getProcessInstanceId());
        }
    }

    static String cockpitUrl(String processInstanceId) {
        return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ProcessLinks(TaskService tasks, RuntimeService runtime, IdentityService identity) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Running instances and open call tasks of these deadlines, in three indexed queries. */
    DeadlineProcesses of(Collection<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return new DeadlineProcesses(Set.of(), Map.of());
        }
        Set<String> instanceIds = deadlines.stream().map(Deadline::getProcessInstanceId)
                .filter(id -> id != null).collect(Collectors.toSet());
        Set<String> running = instanceIds.isEmpty() ? Set.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .map(ProcessInstance::getId).collect(Collectors.toSet());
        String[] businessKeys = deadlines.stream().map(d -> String.valueOf(d.getId())).toArray(String[]::new);
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys)
                .taskDefinitionKeyIn(CALL_TASKS.toArray(String[]::new)).active().list();
        Map<Long, OpenTask> byDeadline = new HashMap<>();
        if (!open.isEmpty()) {
            Set<String> taskInstances = new HashSet<>();
            open.forEach(task -> taskInstances.add(task.getProcessInstanceId()));
            Map<String, String> businessKeyOf = runtime.createProcessInstanceQuery().processInstanceIds(taskInstances)
                    .list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            for (Task task : open) {
                String key = businessKeyOf.get(task.getProcessInstanceId());
                if (key != null) {
                    byDeadline.putIfAbsent(Long.valueOf(key), new OpenTask(task.getId(), task.getName()));
                }
            }
        }
        return new DeadlineProcesses(running, byDeadline);
    }

    /**
     * The open task of each of these deals' processes, by deal id, in one query: the task of the deal's phase, or
     * another open one of its instance (an escalation) when that phase's task is not open.
     */
    Map<Long, OpenTask> openTasksOf(Collection<Deal> deals) {
        Map<String, Deal> byInstance = deals.stream().filter(d -> d.getProcessInstanceId() != null)
                .collect(Collectors.toMap(Deal::getProcessInstanceId, d -> d, (a, b) -> a));
        Map<Long, OpenTask> byDeal = new HashMap<>();
        if (byInstance.isEmpty()) {
            return byDeal;
        }
        List<Task> open = tasks.createTaskQuery().processInstanceIdIn(byInstance.keySet().toArray(String[]::new))
                .active().list();
        for (Task task : open) {
            Deal deal = byInstance.get(task.getProcessInstanceId());
            OpenTask link = new OpenTask(task.getId(), task.getName());
            if (task.getTaskDefinitionKey().equals(deal.getPhase())) {
                byDeal.put(deal.getId(), link);
            } else {
                byDeal.putIfAbsent(deal.getId(), link);
            }
        }
        return byDeal;
    }

    /** "First Last" of a Camunda user, or the id when the user has no name or does not exist. */
    String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
