package it.semaforo.credit.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.credit.ExposureFixtures;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deals.Deal;
import it.semaforo.deals.Deals;

/**
 * {@code /api/credit/exposure}. The database is shared, so figures are checked as the difference a test's own
 * customers make between two reports, or on the lines of its own customers; the totals add up whatever the data.
 */
@IntegrationTest
class ExposureApiTest {

    private static final String[] CLASSES = {"A", "B", "C", "D", "E", "NOT_FOUND", "NOT_RATED"};
    private static final String[] LIGHTS = {"GREEN", "YELLOW", "RED", "UNCHECKED"};

    @Autowired TestRestTemplate rest;
    @Autowired ExposureFixtures fixtures;
    @Autowired Deadlines deadlines;
    @Autowired Deals deals;

    private Api as(String user) {
        return new Api(rest, user);
    }

    private JsonNode report(String query) {
        return as("demo").get("/api/credit/exposure" + query).expect(200).json();
    }

    private static BigDecimal amount(JsonNode figures) {
        return figures.path("total").decimalValue();
    }

    private static JsonNode cell(JsonNode report, String ratingClass, String light) {
        for (JsonNode row : report.path("classes")) {
            if (row.path("ratingClass").asText().equals(ratingClass)) {
                return row.path("byLight").path(light);
            }
        }
        throw new AssertionError("no class " + ratingClass + " in " + report);
    }

    private static BigDecimal difference(JsonNode after, JsonNode before, String field) {
        return after.path(field).decimalValue().subtract(before.path(field).decimalValue());
    }

    /** The customers' lines of the advance-payment list by customer id. */
    private static Map<Long, JsonNode> advised(JsonNode report) {
        Map<Long, JsonNode> lines = new HashMap<>();
        report.path("advancePayment").forEach(line -> lines.put(line.path("customerId").asLong(), line));
        return lines;
    }

    @Test
    void aCustomersActiveDeadlinesAndOpenDealsLandInItsClassAndLight() {
        JsonNode before = report("");
        Customer red = fixtures.customer();
        LocalDate expiry = EngineTime.today().plusMonths(3);
        fixtures.deadline(red, "1000.00", expiry);
        fixtures.openDeal(red, "250.50");
        fixtures.creditStatus(red, "RED", "D", false, null);
        Customer unchecked = fixtures.customer();
        fixtures.deadline(unchecked, "300.00", expiry);
        Customer notFound = fixtures.customer();
        fixtures.openDeal(notFound, "80.00");
        fixtures.creditStatus(notFound, "GREEN", null, true, null);

        JsonNode after = report("");

        JsonNode redBefore = cell(before, "D", "RED");
        JsonNode redAfter = cell(after, "D", "RED");
        assertThat(redAfter.path("customers").asInt() - redBefore.path("customers").asInt()).isEqualTo(1);
        assertThat(difference(redAfter, redBefore, "deadlines")).isEqualByComparingTo("1000.00");
        assertThat(difference(redAfter, redBefore, "deals")).isEqualByComparingTo("250.50");
        assertThat(difference(redAfter, redBefore, "total")).isEqualByComparingTo("1250.50");
        assertThat(difference(cell(after, "NOT_RATED", "UNCHECKED"), cell(before, "NOT_RATED", "UNCHECKED"),
                "deadlines")).isEqualByComparingTo("300.00");
        assertThat(difference(cell(after, "NOT_FOUND", "GREEN"), cell(before, "NOT_FOUND", "GREEN"), "deals"))
                .isEqualByComparingTo("80.00");
        assertThat(difference(after.path("total"), before.path("total"), "total"))
                .isEqualByComparingTo("1630.50");
        assertThat(difference(after.path("atRisk"), before.path("atRisk"), "red")).isEqualByComparingTo("1250.50");
        assertThat(difference(after.path("atRisk"), before.path("atRisk"), "redAndYellow"))
                .isEqualByComparingTo("1250.50");
        assertThat(redAfter.path("total").toString()).as("EUR at scale 2").matches("\\d+\\.\\d{2}");
    }

    @Test
    void onlyActiveDeadlinesNotOverOnTheDayAndOpenDealsCount() {
        Customer customer = fixtures.customer();
        LocalDate expiry = EngineTime.today().plusMonths(2);
        fixtures.deadline(customer, "500.00", expiry);
        fixtures.deadline(customer, "700.00", expiry.plusMonths(6));
        Deadline cancelled = fixtures.deadline(customer, "9000.00", expiry);
        deadlines.cancel(cancelled.getId());
        fixtures.openDeal(customer, "40.00");
        Deal won = fixtures.openDeal(customer, "6000.00");
        deals.win(won.getId(), new BigDecimal("6000.00"));
        fixtures.creditStatus(customer, "RED", "E", false, null);

        assertThat(advised(report("")).get(customer.getId()).path("exposure").decimalValue())
                .isEqualByComparingTo("1240.00");
        assertThat(advised(report("?asOf=" + expiry)).get(customer.getId()).path("exposure").decimalValue())
                .as("the deadline's last day still counts").isEqualByComparingTo("1240.00");
        assertThat(advised(report("?asOf=" + expiry.plusDays(1))).get(customer.getId()).path("exposure")
                .decimalValue()).as("over the day after").isEqualByComparingTo("740.00");
    }

    @Test
    void classesAndLightsEachAddUpToTheTotal() {
        Customer yellow = fixtures.customer();
        fixtures.deadline(yellow, "123.45", EngineTime.today().plusDays(10));
        fixtures.creditStatus(yellow, "YELLOW", "C", false, null);

        JsonNode report = report("");

        BigDecimal total = amount(report.path("total"));
        BigDecimal classes = BigDecimal.ZERO;
        int customers = 0;
        for (JsonNode row : report.path("classes")) {
            BigDecimal lights = BigDecimal.ZERO;
            for (String light : LIGHTS) {
                JsonNode figures = row.path("byLight").path(light);
                assertThat(figures.path("deadlines").decimalValue().add(figures.path("deals").decimalValue()))
                        .isEqualByComparingTo(amount(figures));
                lights = lights.add(amount(figures));
            }
            assertThat(lights).as("class %s", row.path("ratingClass")).isEqualByComparingTo(amount(row.path("total")));
            classes = classes.add(amount(row.path("total")));
            customers += row.path("total").path("customers").asInt();
        }
        assertThat(report.path("classes")).extracting(row -> row.path("ratingClass").asText())
                .containsExactly(CLASSES);
        assertThat(classes).isEqualByComparingTo(total).isPositive();
        assertThat(customers).isEqualTo(report.path("total").path("customers").asInt());
        BigDecimal lights = BigDecimal.ZERO;
        for (String light : LIGHTS) {
            lights = lights.add(amount(report.path("lights").path(light)));
        }
        assertThat(lights).isEqualByComparingTo(total);
        assertThat(report.path("atRisk").path("red").decimalValue())
                .isEqualByComparingTo(amount(report.path("lights").path("RED")));
        assertThat(report.path("atRisk").path("redAndYellow").decimalValue()).isEqualByComparingTo(
                amount(report.path("lights").path("RED")).add(amount(report.path("lights").path("YELLOW"))));
        assertThat(report.path("asOf").asText()).isEqualTo(EngineTime.today().toString());
    }

    @Test
    void anAdvancePaymentIsAdvisedForRedUndecidedDecidedOrYellowWithAPoorRating() {
        LocalDate expiry = EngineTime.today().plusMonths(1);
        Customer redUndecided = fixtures.customer();
        fixtures.deadline(redUndecided, "100.00", expiry);
        fixtures.creditStatus(redUndecided, "RED", "D", false, null);
        Customer redAccepted = fixtures.customer();
        fixtures.deadline(redAccepted, "100.00", expiry);
        fixtures.creditStatus(redAccepted, "RED", "D", false, "ACCEPT");
        Customer redBlocked = fixtures.customer();
        fixtures.creditStatus(redBlocked, "RED", "E", false, "BLOCK_ORDERS");
        Customer advanceDecided = fixtures.customer(); // no exposure at all: still one to ask
        fixtures.creditStatus(advanceDecided, "GREEN", "B", false, "ADVANCE_PAYMENT");
        Customer yellowPoor = fixtures.customer();
        fixtures.openDeal(yellowPoor, "2500.00");
        fixtures.creditStatus(yellowPoor, "YELLOW", "E", false, null);
        Customer yellowFair = fixtures.customer();
        fixtures.deadline(yellowFair, "100.00", expiry);
        fixtures.creditStatus(yellowFair, "YELLOW", "C", false, null);

        Map<Long, JsonNode> advised = advised(report(""));

        assertThat(advised).doesNotContainKeys(redAccepted.getId(), redBlocked.getId(), yellowFair.getId());
        JsonNode red = advised.get(redUndecided.getId());
        assertThat(red.path("reason").asText()).isEqualTo("RED_UNDECIDED");
        assertThat(red.path("name").asText()).isEqualTo(redUndecided.getName());
        assertThat(red.path("light").asText()).isEqualTo("RED");
        assertThat(red.path("ratingClass").asText()).isEqualTo("D");
        assertThat(red.path("exposure").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(red.has("decision")).isFalse();
        JsonNode decided = advised.get(advanceDecided.getId());
        assertThat(decided.path("reason").asText()).isEqualTo("ADVANCE_PAYMENT_DECIDED");
        assertThat(decided.path("decision").asText()).isEqualTo("ADVANCE_PAYMENT");
        assertThat(decided.path("exposure").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(advised.get(yellowPoor.getId()).path("reason").asText()).isEqualTo("YELLOW_POOR_RATING");

        List<BigDecimal> exposures = report("").path("advancePayment").findValues("exposure").stream()
                .map(JsonNode::decimalValue).toList();
        assertThat(exposures).as("largest exposure first").isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void onlyManagersAndAdministrationSeeTheExposure() {
        assertThat(assertProblem(as("sara").get("/api/credit/exposure"), 403, null))
                .isEqualTo("Solo responsabili e amministrazione vedono l'esposizione per rating.");
        assertThat(assertProblem(as("carlo").get("/api/credit/exposure", "Accept-Language", "en"), 403, null))
                .isEqualTo("Only managers and administration see the exposure by rating.");
        assertThat(as("sara").getBytes("/api/credit/exposure.xlsx").getStatusCode().value()).isEqualTo(403);
        as("anna").get("/api/credit/exposure").expect(200);
    }

    @Test
    void aDayThatIsNotADateIsRefused() {
        assertBadRequest(as("demo").get("/api/credit/exposure?asOf=tomorrow"), "asOf");
    }

    @Test
    void theWorkbookHasRealAmountsAndLocalisedHeaders() throws IOException {
        Customer red = fixtures.customer();
        fixtures.deadline(red, "1999.99", EngineTime.today().plusMonths(4));
        fixtures.creditStatus(red, "RED", "A", false, null);
        JsonNode report = report("");

        ResponseEntity<byte[]> file = as("anna").getBytes("/api/credit/exposure.xlsx");
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            XSSFSheet byClass = workbook.getSheetAt(0);
            assertThat(byClass.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Classe di rating");
            assertThat(byClass.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Rosso (EUR)");
            assertThat(byClass.getPaneInformation().isFreezePane()).isTrue();
            assertThat(byClass.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G8");
            Row classA = byClass.getRow(1);
            assertThat(classA.getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(classA.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(classA.getCell(4).getNumericCellValue())
                    .isEqualTo(amount(cell(report, "A", "RED")).doubleValue());
            assertThat(classA.getCell(4).getCellStyle().getDataFormatString()).contains("€");
            Row total = byClass.getRow(8);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Totale");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(amount(report.path("total")).doubleValue());
            assertThat(byClass.getRow(10).getCell(6).getNumericCellValue())
                    .isEqualTo(report.path("atRisk").path("red").decimalValue().doubleValue());

            XSSFSheet advance = workbook.getSheetAt(1);
            assertThat(workbook.getSheetName(1)).isEqualTo("Anticipo consigliato");
            Row line = null;
            for (Row row : advance) {
                if (row.getCell(0).getStringCellValue().equals(red.getName())) {
                    line = row;
                }
            }
            assertThat(line).as("the red customer's line").isNotNull();
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo(red.getVatNumber());
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("Rosso");
            assertThat(line.getCell(4).getNumericCellValue()).isEqualTo(1999.99);
            assertThat(line.getCell(6).getStringCellValue())
                    .isEqualTo("Rosso, in attesa della decisione dell'amministrazione");
        }

        ResponseEntity<byte[]> english = as("demo").getBytes("/api/credit/exposure.xlsx", "Accept-Language", "en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english.getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rating class");
            assertThat(workbook.getSheetAt(0).getRow(7).getCell(0).getStringCellValue()).isEqualTo("Not rated");
        }
    }
}
