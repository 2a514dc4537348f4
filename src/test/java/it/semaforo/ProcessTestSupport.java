package it.semaforo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

import com.icegreen.greenmail.util.GreenMail;

/** Time travel, job execution and e-mail inspection for process tests (the job executor is off in tests). */
public final class ProcessTestSupport {

    private final ProcessEngine engine;
    private final GreenMail smtp;

    public ProcessTestSupport(ProcessEngine engine, GreenMail smtp) {
        this.engine = engine;
        this.smtp = smtp;
    }

    /** Moves the clock to that moment (Europe/Rome) and runs every job due by then, as the job executor would. */
    public void travelTo(LocalDateTime romeTime) {
        EngineTime.setTo(romeTime);
        runDueJobs();
    }

    public void travelTo(LocalDate day, int hour) {
        travelTo(day.atTime(hour, 0));
    }

    /** Runs due jobs until none is left; a failing job is left to its retries (and shows as an incident at 0). */
    public void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // the engine has recorded the failure and rescheduled (or raised an incident)
                }
            }
            if (due.stream().allMatch(job -> isFailing(job.getId()))) {
                return;
            }
        }
        throw new IllegalStateException("Jobs keep becoming due: a loop in a model?");
    }

    private boolean isFailing(String jobId) {
        Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
        return job != null && job.getExceptionMessage() != null;
    }

    /** The e-mails received by the SMTP server for that recipient, oldest first. */
    public List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(message).contains(recipient))
                .toList();
    }

    /** The e-mails received for any of those recipients, oldest first: one pass over the server, for many recipients. */
    public List<MimeMessage> mailsToAnyOf(Set<String> recipients) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(message).stream().anyMatch(recipients::contains))
                .toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Set<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .collect(Collectors.toSet());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which flow nodes of a model some instances passed through, and which they never reached. */
    public record Coverage(double ratio, Set<String> missed) {
    }

    /**
     * Flow-node coverage of the latest version of a model by the given instances, from history: the per-model
     * coverage the process tests must keep at 90% or more.
     */
    public Coverage coverage(String processKey, Set<String> instanceIds) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        Set<String> passed = instanceIds.stream()
                .flatMap(id -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                        .list().stream())
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId).collect(Collectors.toSet());
        Set<String> missed = nodes.stream().filter(id -> !passed.contains(id)).collect(Collectors.toSet());
        return new Coverage(1.0 - (double) missed.size() / nodes.size(), missed);
    }
}
