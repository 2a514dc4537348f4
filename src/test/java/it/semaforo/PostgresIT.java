package it.semaforo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.ItalianTaxIds;
import it.semaforo.customers.NewCustomer;
import it.semaforo.deadlines.CustomerSummary;
import it.semaforo.deadlines.DeadlineFilter;
import it.semaforo.deadlines.DeadlineMails;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;

/**
 * The whole application on a real, freshly created PostgreSQL database (see {@link PostgresDatabase}): Flyway's
 * migrations, Hibernate's schema validation and Camunda's own schema all run on it, and the API, the processes and
 * the e-mail outbox are exercised through HTTP and the services. Runs in failsafe ({@code ./mvnw verify}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class PostgresIT {

    @RegisterExtension
    static final PostgresDatabase postgres = new PostgresDatabase();

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", postgres::user);
        registry.add("spring.datasource.password", postgres::password);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TaskService taskService;

    @Autowired
    GreenMail greenMail;

    @Autowired
    DeadlineMails deadlineMails;

    @Autowired
    Customers customers;

    @Autowired
    Deadlines deadlines;

    @Autowired
    RecallActions recallActions;

    @AfterEach
    void resetEngineClock() {
        EngineTime.reset();
    }

    @Test
    void runsOnPostgresWithFlywayAndCamundaSchemas() {
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(postgres.databaseName());
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("postgres");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = current_schema() "
                        + "and table_name in ('act_ru_job', 'act_hi_procinst', 'customer', 'deadline', 'outbox_message')",
                Integer.class)).isEqualTo(5);
    }

    @Test
    void customerIsRecordedAndADuplicatePartitaIvaIsAConflict() {
        String vatNumber = partitaIva();
        String name = "Rossi Impianti " + vatNumber;
        JsonNode customer = created("/api/customers", Map.of("kind", "CUSTOMER", "name", name,
                "vatNumber", vatNumber, "email", "info-" + vatNumber + "@example.it", "language", "it"));
        assertThat(customer.path("vatNumber").asText()).isEqualTo(vatNumber);
        assertThat(get("/api/customers/" + customer.path("id").asLong()).path("name").asText()).isEqualTo(name);

        ResponseEntity<JsonNode> duplicate = api().postForEntity("/api/customers",
                Map.of("kind", "PROSPECT", "name", "Altro nome", "vatNumber", "IT " + vatNumber), JsonNode.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().path("errors").get(0).path("field").asText()).isEqualTo("vatNumber");

        // searches with and without their optional (possibly null) parameters
        assertThat(ids(get("/api/customers?size=200"))).contains(customer.path("id").asLong());
        assertThat(ids(get("/api/customers?kind=CUSTOMER&q={q}", name))).containsExactly(customer.path("id").asLong());
        assertThat(ids(get("/api/customers?kind=SUPPLIER&q={q}", name))).isEmpty();
    }

    @Test
    void aDeadlineStartsItsLifecycleProcessWithTimers() {
        long customerId = customer("Lifecycle");
        long productId = product(List.of(60, 30, 7));
        LocalDate today = EngineTime.today();
        JsonNode deadline = deadline(customerId, productId, today, today.plusDays(100), "240.00");

        assertThat(deadline.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(deadline.path("amount").decimalValue()).isEqualByComparingTo("240.00");
        String processInstanceId = deadline.path("processInstanceId").asText(null);
        assertThat(processInstanceId).isNotBlank();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .processInstanceBusinessKey(deadline.path("id").asText()).count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).timers().count())
                .isGreaterThanOrEqualTo(1);
        Job reminder = managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId("Event_ReminderDue").singleResult();
        assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(today.plusDays(100 - 60).atTime(8, 0).atZone(EngineTime.ROME).toInstant());
    }

    @Test
    void deadlineReportFiltersSortsAndExportsOnPostgres() throws IOException {
        long customerId = customer("Report");
        long otherCustomerId = customer("Report other");
        long productId = product(null);
        LocalDate today = EngineTime.today();
        long early = deadline(customerId, productId, today, today.plusDays(50), "100.00").path("id").asLong();
        long late = deadline(customerId, productId, today.plusDays(1), today.plusDays(200), "200.00").path("id").asLong();
        long others = deadline(otherCustomerId, productId, today, today.plusDays(60), "300.00").path("id").asLong();

        assertThat(ids(get("/api/deadlines?size=500"))).contains(early, late, others);
        assertThat(ids(get("/api/deadlines?customerId={c}", customerId))).containsExactly(early, late);

        String everyFilter = "startFrom={sf}&startTo={st}&expiryFrom={ef}&expiryTo={et}&status=ACTIVE&customerId={c}";
        Object[] values = {today.minusDays(1), today.plusDays(1), today.plusDays(10), today.plusDays(100), customerId};
        assertThat(ids(get("/api/deadlines?" + everyFilter + "&sort=customerName,desc", values))).containsExactly(early);
        assertThat(ids(get("/api/deadlines?status=RENEWED&customerId={c}", customerId))).isEmpty();
        assertThat(ids(get("/api/deadlines?customerId={c}&sort=expiryDate,desc&sort=customerName", customerId)))
                .containsExactly(late, early);
        assertThat(ids(get("/api/deadlines?sort=customerName,desc&size=500"))).contains(early, late, others);
        assertThat(ids(getArray("/api/deadlines/upcoming?days=55"))).contains(early).doesNotContain(late);

        ResponseEntity<byte[]> csv = api().getForEntity("/api/deadlines/export.csv?" + everyFilter
                + "&sort=customerName,desc", byte[].class, values);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains("Report ").contains("100,00");

        ResponseEntity<byte[]> excel = api().getForEntity("/api/deadlines/export.xlsx?customerId={c}&sort=amount,desc",
                byte[].class, customerId);
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(late);
        }
        assertThat(api().getForEntity("/api/deadlines/export.xlsx", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void recallActionsAreListedWithAndWithoutFilters() {
        long customerId = customer("Recall");
        LocalDate today = EngineTime.today();
        JsonNode action = created("/api/recall-actions", Map.of("customerId", customerId,
                "dueDate", today.toString(), "type", "CALL", "note", "Proporre il rinnovo"));
        long actionId = action.path("id").asLong();
        assertThat(action.path("createdBy").asText()).isEqualTo("sara");

        assertThat(ids(get("/api/recall-actions?size=200"))).contains(actionId);
        assertThat(ids(get("/api/recall-actions?done=false&size=200"))).contains(actionId);
        assertThat(ids(get("/api/recall-actions?customerId={c}", customerId))).containsExactly(actionId);
        assertThat(ids(get("/api/recall-actions?customerId={c}&done=false", customerId))).containsExactly(actionId);
        assertThat(ids(get("/api/recall-actions?customerId={c}&done=true", customerId))).isEmpty();
        assertThat(ids(getArray("/api/recall-actions/today"))).contains(actionId);

        ResponseEntity<JsonNode> completed = api().postForEntity("/api/recall-actions/" + actionId + "/completion",
                null, JsonNode.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(completed.getBody().path("done").asBoolean()).isTrue();
        assertThat(ids(get("/api/recall-actions?customerId={c}&done=true", customerId))).containsExactly(actionId);
        assertThat(get("/api/customers/" + customerId).path("lastRecallDate").asText()).isEqualTo(today.toString());
    }

    @Test
    void renewalAndCancellationEndTheirProcessesAndShowInTheCustomerSummary() {
        long customerId = customer("Summary");
        long productId = product(null);
        LocalDate today = EngineTime.today();
        JsonNode renewed = deadline(customerId, productId, today, today.plusDays(90), "120.00");
        JsonNode kept = created("/api/deadlines", Map.of("customerId", customerId, "productId", productId,
                "quantity", 2, "startDate", today.toString(), "expiryDate", today.plusDays(120).toString()));
        JsonNode cancelled = deadline(customerId, productId, today, today.plusDays(150), "50.00");
        assertThat(kept.path("amount").decimalValue()).isEqualByComparingTo("200.00"); // list price × quantity

        ResponseEntity<JsonNode> renewal = api().postForEntity("/api/deadlines/" + renewed.path("id").asLong()
                + "/renewal", Map.of("amount", new BigDecimal("130.00"), "notes", "Rinnovo annuale"), JsonNode.class);
        assertThat(renewal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode next = renewal.getBody();
        assertThat(next.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(next.path("previousId").asLong()).isEqualTo(renewed.path("id").asLong());
        assertThat(next.path("startDate").asText()).isEqualTo(today.plusDays(91).toString());
        assertThat(next.path("processInstanceId").asText()).isNotBlank()
                .isNotEqualTo(renewed.path("processInstanceId").asText());
        JsonNode old = get("/api/deadlines/" + renewed.path("id").asLong());
        assertThat(old.path("status").asText()).isEqualTo("RENEWED");
        assertThat(old.path("nextId").asLong()).isEqualTo(next.path("id").asLong());
        assertEnded(renewed.path("processInstanceId").asText(), "EndEvent_Renewed");

        ResponseEntity<JsonNode> cancellation = api().postForEntity("/api/deadlines/" + cancelled.path("id").asLong()
                + "/cancellation", null, JsonNode.class);
        assertThat(cancellation.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancellation.getBody().path("status").asText()).isEqualTo("CANCELLED");
        assertEnded(cancelled.path("processInstanceId").asText(), "EndEvent_Cancelled");
        ResponseEntity<JsonNode> again = api().postForEntity("/api/deadlines/" + cancelled.path("id").asLong()
                + "/cancellation", null, JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<CustomerSummary> response = api().getForEntity("/api/customers/" + customerId + "/summary",
                CustomerSummary.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        CustomerSummary summary = response.getBody();
        assertThat(summary.customerId()).isEqualTo(customerId);
        assertTotals(summary.active(), 2, "330.00");
        assertTotals(summary.renewed(), 1, "120.00");
        assertTotals(summary.cancelled(), 1, "50.00");
        assertTotals(summary.expired(), 0, "0.00");
        assertTotals(summary.concluded(), 2, "170.00");
    }

    @Test
    void theConsolesOwnerConditionsRunOnPostgres() {
        String owner = "pgseller" + ThreadLocalRandom.current().nextInt(1_000_000);
        Customer mine = customers.create(new NewCustomer(
                CustomerKind.CUSTOMER, "Di " + owner, partitaIva(), null, null, "it", owner));
        Customer others = customers.create(new NewCustomer(
                CustomerKind.CUSTOMER, "Non di " + owner, partitaIva(), null, null, "it", null));
        long product = created("/api/catalog/products", Map.of("code", "PG-" + owner, "name", "Servizio",
                "kind", "SERVICE", "durationAmount", 1, "durationUnit", "YEARS", "listPrice", 10)).path("id").asLong();
        LocalDate today = EngineTime.today();
        // a manager, since a seller may add deadlines only to the customers they own
        TestRestTemplate manager = rest.withBasicAuth("demo", "demo");
        for (Customer customer : List.of(mine, others)) {
            created(manager, "/api/deadlines", Map.of("customerId", customer.getId(), "productId", product,
                    "startDate", today.toString(), "expiryDate", today.plusDays(3).toString()));
            created(manager, "/api/recall-actions", Map.of("customerId", customer.getId(), "dueDate",
                    today.toString()));
        }

        assertThat(customers.search(null, "di " + owner, owner, PageRequest.of(0, 10))
                .map(Customer::getId).getContent()).containsExactly(mine.getId());
        assertThat(deadlines.upcoming(7, owner)).extracting(d -> d.getCustomer().getId()).containsExactly(mine.getId());
        assertThat(deadlines.upcoming(7, null)).extracting(d -> d.getCustomer().getId())
                .contains(mine.getId(), others.getId());
        assertThat(recallActions.toDoToday(owner)).extracting(RecallAction::getCustomerId)
                .containsExactly(mine.getId());
        assertThat(deadlines.search(new DeadlineFilter(null, null, null, null, null, null, owner),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void theThirtyDayReminderIsSentOnceOverSmtpAndRecordedInTheOutbox() throws MessagingException {
        String email = "reminder-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.it";
        long customerId = created("/api/customers", Map.of("kind", "CUSTOMER", "name", "Promemoria Srl",
                "vatNumber", partitaIva(), "email", email, "language", "it")).path("id").asLong();
        long productId = product(List.of(60, 30, 7));
        LocalDate today = EngineTime.today();
        LocalDate expiry = today.plusDays(40); // the 60-day reminder is already past: the first one due is P30D
        JsonNode deadline = deadline(customerId, productId, today, expiry, "99.00");
        long deadlineId = deadline.path("id").asLong();
        String processInstanceId = deadline.path("processInstanceId").asText();
        int mailsBefore = greenMail.getReceivedMessages().length;

        EngineTime.setTo(expiry.minusDays(30), 9);
        int executed = runDueJobs(processInstanceId);

        assertThat(executed).isGreaterThanOrEqualTo(2); // the timer, then the asynchronous send
        assertThat(greenMail.waitForIncomingEmail(5_000, mailsBefore + 1)).isTrue();
        List<MimeMessage> received = to(email);
        assertThat(received).hasSize(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(mailsBefore + 1);
        String messageId = received.get(0).getMessageID();
        assertThat(messageId).isNotBlank();
        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count())
                .as("the recall task of the same day").isEqualTo(1);

        String key = "deadline:" + deadlineId + ":reminder:P30D";
        JsonNode sent = notification(get("/api/notifications?size=500"), key);
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("messageId").asText()).isEqualTo(messageId);
        assertThat(sent.path("recipient").asText()).isEqualTo(email);
        assertThat(notification(get("/api/notifications?status=SENT&size=500"), key)).isNotNull();
        assertThat(keys(get("/api/notifications?status=PENDING&size=500"))).doesNotContain(key);
        assertThat(keys(get("/api/notifications?size=500")))
                .doesNotContain("deadline:" + deadlineId + ":reminder:P60D");

        assertThat(deadlineMails.sendReminder(deadlineId, 30)).isFalse();
        assertThat(runDueJobs(processInstanceId)).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(mailsBefore + 1);
        assertThat(to(email)).hasSize(1);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private TestRestTemplate api() {
        return rest.withBasicAuth("sara", "sara");
    }

    private JsonNode get(String uri, Object... variables) {
        ResponseEntity<JsonNode> response = api().getForEntity(uri, JsonNode.class, variables);
        assertThat(response.getStatusCode()).as("GET %s: %s", uri, response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode getArray(String uri) {
        JsonNode body = get(uri);
        assertThat(body.isArray()).isTrue();
        return body;
    }

    private JsonNode created(String uri, Map<String, ?> body) {
        return created(api(), uri, body);
    }

    private JsonNode created(TestRestTemplate as, String uri, Map<String, ?> body) {
        ResponseEntity<JsonNode> response = as.postForEntity(uri, body, JsonNode.class);
        assertThat(response.getStatusCode()).as("POST %s: %s", uri, response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    private long customer(String name) {
        String vatNumber = partitaIva();
        return created("/api/customers", Map.of("kind", "CUSTOMER", "name", name + " " + vatNumber,
                "vatNumber", vatNumber, "email", "c" + vatNumber + "@example.it")).path("id").asLong();
    }

    private long product(List<Integer> reminderOffsets) {
        String code = "PG-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "Servizio " + code,
                "kind", "SERVICE", "durationAmount", 1, "durationUnit", "YEARS", "listPrice", new BigDecimal("100.00")));
        if (reminderOffsets != null) {
            body.put("reminderOffsets", reminderOffsets);
        }
        return created("/api/catalog/products", body).path("id").asLong();
    }

    private JsonNode deadline(long customerId, long productId, LocalDate start, LocalDate expiry, String amount) {
        return created("/api/deadlines", Map.of("customerId", customerId, "productId", productId,
                "startDate", start.toString(), "expiryDate", expiry.toString(), "amount", new BigDecimal(amount)));
    }

    /** Runs the instance's due jobs by hand (no job executor in tests) until none is due; answers how many ran. */
    private int runDueJobs(String processInstanceId) {
        int executed = 0;
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        return fail("Jobs of %s still due after 20 rounds", processInstanceId);
    }

    private void assertEnded(String processInstanceId, String endActivityId) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndTime()).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(endActivityId).finished().count()).as("ended in %s", endActivityId).isEqualTo(1);
    }

    private static void assertTotals(CustomerSummary.Totals totals, long count, String amount) {
        assertThat(totals.count()).isEqualTo(count);
        assertThat(totals.amount()).isEqualByComparingTo(amount);
    }

    private List<MimeMessage> to(String recipient) throws MessagingException {
        List<MimeMessage> matching = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient))) {
                matching.add(message);
            }
        }
        return matching;
    }

    private static JsonNode notification(JsonNode page, String key) {
        return items(page).stream().filter(item -> item.path("key").asText().equals(key)).findFirst()
                .orElseGet(() -> fail("No notification %s in %s", key, page));
    }

    private static List<String> keys(JsonNode page) {
        return items(page).stream().map(item -> item.path("key").asText()).toList();
    }

    private static List<Long> ids(JsonNode pageOrArray) {
        return items(pageOrArray).stream().map(item -> item.path("id").asLong()).toList();
    }

    private static List<JsonNode> items(JsonNode pageOrArray) {
        JsonNode items = pageOrArray.isArray() ? pageOrArray : pageOrArray.path("items");
        assertThat(items.isArray()).as("items of %s", pageOrArray).isTrue();
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    /** A valid partita IVA: ten random digits and the check digit. */
    static String partitaIva() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        while (digits.length() < 10) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        String vatNumber = digits.append((10 - sum % 10) % 10).toString();
        assertThat(ItalianTaxIds.isValidPartitaIva(vatNumber)).isTrue();
        return vatNumber;
    }
}
