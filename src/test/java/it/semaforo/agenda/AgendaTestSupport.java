package it.semaforo.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.platform.Groups;

/**
 * Agenda tests call the API as different users and need agendas nobody else in the shared database books into:
 * each test makes its own users (password = user id) and picks days a few weeks ahead.
 */
@Component
public class AgendaTestSupport {

    private final IdentityService identityService;

    AgendaTestSupport(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** A new user in the group, with password = id. */
    public String user(String group) {
        // Camunda accepts letters and digits only in ids
        String id = group + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName(id);
        user.setLastName("Test");
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        return id;
    }

    public String seller() {
        return user(Groups.SALES);
    }

    /** A Monday {@code weeks} weeks ahead (Europe/Rome). */
    public static LocalDate mondayIn(int weeks) {
        return EngineTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    /** That day at hh:mm in Rome, as the API writes it. */
    public static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(EngineTime.ROME).toOffsetDateTime();
    }

    /** {@code POST /api/agenda} body. */
    public static Object booking(String userId, String title, OffsetDateTime start, OffsetDateTime end) {
        return Api.body("userId", userId, "title", title, "startsAt", start.toString(), "endsAt", end.toString());
    }

    /** One call as {@code user} (password = user id; demo users too), or anonymous when null. */
    public static Api.Response call(TestRestTemplate rest, String user, HttpMethod method, String path, Object body,
                                    String... headers) {
        TestRestTemplate template = user == null ? rest : rest.withBasicAuth(user, user);
        HttpHeaders httpHeaders = new HttpHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            httpHeaders.add(headers[i], headers[i + 1]);
        }
        Object entityBody = body;
        if (body != null && !(body instanceof org.springframework.util.MultiValueMap<?, ?>)) {
            httpHeaders.setContentType(MediaType.APPLICATION_JSON);
            entityBody = body instanceof String s ? s : Api.write(body);
        }
        ResponseEntity<String> answer = template.exchange(path, method, new HttpEntity<>(entityBody, httpHeaders),
                String.class);
        return new Api.Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }
}
