package it.semaforo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.semaforo.IntegrationTest;

/** What the app deploys: every model of processes/, and every Camunda Form a user task refers to. */
@IntegrationTest
class DeploymentTest {

    @Autowired RepositoryService repository;

    @Test
    void bothDeadlineProcessesAreDeployedAndExecutable() {
        Set<String> keys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).collect(Collectors.toSet());
        assertThat(keys).contains("deadline-lifecycle", "recovery-campaign");
    }

    @Test
    void everyFormRefOfEveryUserTaskIsDeployedWithItsModel() {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        int userTasks = 0;
        for (ProcessDefinition definition : definitions) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            Set<String> deployedResources = Set.copyOf(repository.getDeploymentResourceNames(definition.getDeploymentId()));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                userTasks++;
                assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), definition.getKey())
                        .isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(task.getCamundaCandidateGroups()).as("groups of %s", task.getId()).isNotBlank();
                assertThat(deployedResources).as("resources deployed with %s", definition.getKey())
                        .anyMatch(name -> name.endsWith(task.getCamundaFormRef() + ".form"));
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
            }
        }
        assertThat(userTasks).isGreaterThanOrEqualTo(2);
    }
}
