package it.semaforo.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.notifications.Mail;
import it.semaforo.notifications.Notifications;
import it.semaforo.platform.Viewer;

/**
 * The staff digest of the KPI alerts: one e-mail per recipient that lists every worsened KPI they are a recipient
 * of, with the light before and after, the value and the thresholds of the latest recorded evaluation. Sent through
 * the outbox, so a retried job never sends the same digest twice.
 */
@Service
@Transactional(readOnly = true)
public class KpiDigests {

    private static final Logger log = LoggerFactory.getLogger(KpiDigests.class);

    static final String TEMPLATE = "kpi-digest";

    /** Who gets a digest: their id and groups (which KPIs concern them), address, first name and language. */
    public record Recipient(Viewer user, String email, String firstName, String language) {
    }

    private final Kpis kpis;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    KpiDigests(Kpis kpis, Notifications notifications, MessageSource messages, Clock clock) {
        this.kpis = kpis;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Sends the digest of the worsened KPIs {@code codes} that concern the recipient, once per idempotency key.
     * Answers whether this call delivered it (false: nothing concerns them, sent already, or no address).
     */
    public boolean send(String idempotencyKey, Recipient recipient, List<String> codes) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        List<Map<String, Object>> lines = new ArrayList<>();
        Instant evaluatedAt = null;
        for (String code : codes) {
            KpiDefinition definition = kpis.definition(code);
            if (!definition.isAlertRecipient(recipient.user())) {
                continue;
            }
            List<KpiEvaluation> latest = kpis.trend(code, 2);
            if (latest.isEmpty()) {
                continue;
            }
            KpiEvaluation now = latest.get(0);
            Light before = latest.size() > 1 ? latest.get(1).getLight() : Light.GREEN;
            evaluatedAt = evaluatedAt == null || now.getEvaluatedAt().isAfter(evaluatedAt) ? now.getEvaluatedAt()
                    : evaluatedAt;
            lines.add(line(definition, now, before, locale));
        }
        if (lines.isEmpty()) {
            log.info("Digest {}: no worsened KPI concerns {}", idempotencyKey, recipient.user().userId());
            return false;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("firstName", recipient.firstName());
        model.put("evaluatedAt", DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale)
                .format(evaluatedAt.atZone(clock.getZone())));
        model.put("kpis", lines);
        return notifications.send(new Mail(idempotencyKey, recipient.email(), recipient.language(), TEMPLATE, model,
                lines.size()));
    }

    private Map<String, Object> line(KpiDefinition definition, KpiEvaluation now, Light before, Locale locale) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", definition.getCode());
        line.put("name", definition.name(locale));
        line.put("light", now.getLight().name());
        line.put("colour", colour(now.getLight()));
        line.put("change", messages.getMessage("mail.kpi-digest.change",
                new Object[] {lightName(before, locale), lightName(now.getLight(), locale)}, locale));
        line.put("value", definition.format(now.getValue(), locale));
        line.put("yellow", definition.format(definition.getYellowThreshold(), locale));
        line.put("red", definition.format(definition.getRedThreshold(), locale));
        return line;
    }

    private String lightName(Light light, Locale locale) {
        return messages.getMessage("kpi.light." + light.name(), null, locale);
    }

    private static String colour(Light light) {
        return switch (light) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#f9a825";
            case RED -> "#c62828";
        };
    }
}
