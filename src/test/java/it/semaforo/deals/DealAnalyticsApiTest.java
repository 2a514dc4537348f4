package it.semaforo.deals;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;

/**
 * {@code /api/analytics}: costs and profitability over a period in the past that only this class writes to, each
 * test with its own campaign and sectors so that other tests' data never enters the exact figures. Costs come from
 * the seeded rates: call center calls 24 EUR/h, sales calls 40 EUR/h, meetings 60 EUR/h, an offer 15 EUR.
 */
@IntegrationTest
class DealAnalyticsApiTest {

    private static final LocalDate FROM = LocalDate.of(2021, 3, 1);
    private static final LocalDate TO = LocalDate.of(2021, 3, 31);
    private static final String PERIOD = "from=" + FROM + "&to=" + TO;

    @Autowired TestRestTemplate rest;
    @Autowired DealHistoryFixtures fixtures;

    Api manager;
    Campaign campaign;
    String sectorA;
    String sectorB;
    Customer customerB;
    Deal won;
    Deal open;

    /**
     * Campaign C: deal "won" (customer A, sector A, Gestionale) won on 20 March for 1000.00 after a call, a meeting and
     * an offer, with one more call after its closing; deal "open" (customer B, sector B, Assistenza) with one call in
     * March and one in April. Cost in March: 12.00 + 60.00 + 15.00 + 10.00 + 24.00 = 121.00.
     */
    @BeforeEach
    void setUp() {
        manager = new Api(rest, "demo");
        campaign = fixtures.campaign(Api.unique("Primavera"));
        sectorA = Api.unique("Meccanica");
        sectorB = Api.unique("Alimentare");
        Customer customerA = fixtures.customer(sectorA);
        customerB = fixtures.customer(sectorB);
        won = fixtures.deal(customerA, campaign, "Gestionale");
        open = fixtures.deal(customerB, campaign, "Assistenza");
        fixtures.activity(won, ActivityType.CALL, "callcenter", 30, at(2, 10));
        fixtures.activity(won, ActivityType.MEETING, "sales", 60, at(10, 10));
        fixtures.activity(won, ActivityType.OFFER, "sales", 0, at(15, 10));
        fixtures.activity(won, ActivityType.CALL, "sales", 15, at(25, 10));
        fixtures.activity(open, ActivityType.CALL, "callcenter", 60, at(5, 10));
        fixtures.activity(open, ActivityType.CALL, "callcenter", 60, rome(LocalDateTime.of(2021, 4, 2, 10, 0)));
        won = fixtures.win(won, "1000.00", at(20, 12));
        // a customer has at most one deal per campaign: the deals closed outside March are of other customers
        fixtures.win(fixtures.deal(fixtures.customer(sectorA), campaign, "Gestionale"), "500.00",
                rome(LocalDateTime.of(2021, 2, 27, 12, 0)));
        fixtures.lose(fixtures.deal(fixtures.customer(sectorB), campaign, "Assistenza"), at(21, 12));
    }

    /** An activity with customer B on no deal. */
    private Activity withoutDeal(ActivityType type, String role, int minutes, Instant at) {
        return fixtures.activity(customerB.getId(), null, type, role, minutes, at);
    }

    private static Instant rome(LocalDateTime time) {
        return time.atZone(EngineTime.ROME).toInstant();
    }

    private static Instant at(int dayOfMarch, int hour) {
        return rome(LocalDateTime.of(2021, 3, dayOfMarch, hour, 0));
    }

    private JsonNode get(String path) {
        return manager.get(path).expect(200).json();
    }

    /** The rows of a report by key. */
    private static Map<String, JsonNode> rows(JsonNode report) {
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("rows").forEach(row -> rows.put(row.path("key").asText(), row));
        return rows;
    }

    private static BigDecimal sum(JsonNode items, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : items) {
            sum = sum.add(item.path(field).decimalValue());
        }
        return sum;
    }

    @Test
    void profitabilityByCampaignIsTheWonValueOfThePeriodAgainstTheCostOfItsActivities() {
        JsonNode report = get("/api/analytics/profitability?" + PERIOD + "&by=campaign&campaignId="
                + campaign.getId());

        assertThat(report.path("by").asText()).isEqualTo("campaign");
        assertThat(report.path("rows")).singleElement().satisfies(row -> {
            assertThat(row.path("key").asText()).isEqualTo(campaign.getId().toString());
            assertThat(row.path("label").asText()).isEqualTo(campaign.getName());
            assertThat(row.path("wonDeals").asInt()).as("the February and the lost deal do not count").isEqualTo(1);
            assertThat(row.path("wonValue").toString()).isEqualTo("1000.00");
            assertThat(row.path("cost").toString()).isEqualTo("121.00");
            assertThat(row.path("margin").toString()).isEqualTo("879.00");
            assertThat(row.path("marginPercent").toString()).isEqualTo("87.9");
        });
        assertThat(report.path("total").path("cost").toString()).isEqualTo("121.00");
    }

    @Test
    void everyBreakdownAddsUpToTheTotal() {
        for (String by : List.of("segment", "productType", "activityType", "campaign")) {
            JsonNode report = get("/api/analytics/profitability?" + PERIOD + "&by=" + by + "&campaignId="
                    + campaign.getId());
            JsonNode total = report.path("total");
            assertThat(sum(report.path("rows"), "cost")).as(by).isEqualByComparingTo(total.path("cost").decimalValue())
                    .isEqualByComparingTo("121.00");
            assertThat(sum(report.path("rows"), "wonValue")).as(by)
                    .isEqualByComparingTo(total.path("wonValue").decimalValue()).isEqualByComparingTo("1000.00");
            assertThat(sum(report.path("rows"), "margin")).as(by)
                    .isEqualByComparingTo(total.path("margin").decimalValue());
        }
        Map<String, JsonNode> segments = rows(get("/api/analytics/profitability?" + PERIOD
                + "&by=segment&campaignId=" + campaign.getId()));
        assertThat(segments.get(sectorA).path("cost").toString()).isEqualTo("97.00");
        assertThat(segments.get(sectorB).path("cost").toString()).isEqualTo("24.00");
        assertThat(segments.get(sectorB).has("marginPercent")).as("nothing won, no percentage").isFalse();

        Map<String, JsonNode> types = rows(get("/api/analytics/profitability?" + PERIOD
                + "&by=activityType&campaignId=" + campaign.getId()));
        assertThat(types.get("OFFER").path("wonValue").toString()).as("the last activity before winning")
                .isEqualTo("1000.00");
        assertThat(types.get("OFFER").path("cost").toString()).isEqualTo("15.00");
        assertThat(types.get("CALL").path("wonValue").toString()).isEqualTo("0.00");
        assertThat(types.get("CALL").path("cost").toString()).isEqualTo("46.00");
        assertThat(types.get("MEETING").path("cost").toString()).isEqualTo("60.00");

        Map<String, JsonNode> products = rows(get("/api/analytics/profitability?" + PERIOD
                + "&by=productType&campaignId=" + campaign.getId()));
        assertThat(products.keySet()).containsExactlyInAnyOrder("Gestionale", "Assistenza");
    }

    @Test
    void theTotalCostGrowsByExactlyTheActivitiesRecordedInThePeriod() {
        String path = "/api/analytics/profitability?" + PERIOD + "&by=segment";
        JsonNode before = get(path);

        List<Activity> recorded = new ArrayList<>();
        recorded.add(withoutDeal(ActivityType.CALL, "sales", 7, at(31, 23)));
        recorded.add(withoutDeal(ActivityType.MEETING, "sales", 45, at(1, 0)));
        recorded.add(fixtures.activity(open, ActivityType.OFFER, "sales", 0, at(12, 9)));
        withoutDeal(ActivityType.CALL, "sales", 30, rome(LocalDateTime.of(2021, 4, 1, 0, 0)));
        JsonNode after = get(path);

        BigDecimal added = recorded.stream().map(Activity::getCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(added).isEqualByComparingTo("64.67");
        assertThat(after.path("total").path("cost").decimalValue()
                .subtract(before.path("total").path("cost").decimalValue())).isEqualByComparingTo(added);
        assertThat(sum(after.path("rows"), "cost"))
                .isEqualByComparingTo(after.path("total").path("cost").decimalValue());
        assertThat(rows(after).get(sectorB).path("cost").toString()).isEqualTo("88.67");
    }

    @Test
    void aRowDrillsDownToItsDealsAndActivitiesWithoutADeal() {
        JsonNode calls = get("/api/analytics/profitability/deals?" + PERIOD + "&by=activityType&key=CALL&campaignId="
                + campaign.getId());
        assertThat(calls.path("deals")).hasSize(2);
        Map<Long, JsonNode> byDeal = new HashMap<>();
        calls.path("deals").forEach(line -> byDeal.put(line.path("dealId").asLong(), line));
        assertThat(byDeal.get(won.getId()).path("cost").toString()).isEqualTo("22.00");
        assertThat(byDeal.get(won.getId()).path("activities").asInt()).isEqualTo(2);
        assertThat(byDeal.get(won.getId()).path("status").asText()).isEqualTo("WON");
        assertThat(byDeal.get(won.getId()).path("campaignName").asText()).isEqualTo(campaign.getName());
        assertThat(byDeal.get(open.getId()).path("cost").toString()).isEqualTo("24.00");
        assertThat(calls.path("total").path("cost").toString()).isEqualTo("46.00");

        JsonNode offer = get("/api/analytics/profitability/deals?" + PERIOD + "&by=activityType&key=OFFER&campaignId="
                + campaign.getId());
        assertThat(offer.path("deals")).singleElement().satisfies(line -> {
            assertThat(line.path("dealId").asLong()).isEqualTo(won.getId());
            assertThat(line.path("wonValue").toString()).isEqualTo("1000.00");
            assertThat(line.path("margin").toString()).isEqualTo("985.00");
            assertThat(line.path("closedOn").asText()).isEqualTo("2021-03-20");
            assertThat(line.path("customerName").asText()).startsWith("Cliente ");
        });

        withoutDeal(ActivityType.CALL, "callcenter", 10, at(8, 15));
        JsonNode segment = get("/api/analytics/profitability/deals?" + PERIOD + "&by=segment&key="
                + URLEncoder.encode(sectorB, StandardCharsets.UTF_8));
        assertThat(segment.path("deals")).hasSize(2);
        JsonNode withoutDeal = segment.path("deals").get(1);
        assertThat(withoutDeal.has("dealId")).isFalse();
        assertThat(withoutDeal.path("cost").toString()).isEqualTo("4.00");
        assertThat(segment.path("total").path("cost").toString()).isEqualTo("28.00");
        assertThat(rows(get("/api/analytics/profitability?" + PERIOD + "&by=segment")).get(sectorB).path("cost")
                .toString()).as("the drill-down adds up to its row").isEqualTo("28.00");
    }

    @Test
    void costsAreGroupedByRoleActivityTypeAndPeriodBucket() {
        JsonNode report = get("/api/analytics/costs?" + PERIOD + "&campaignId=" + campaign.getId()
                + "&groupBy=role,activityType,month");

        assertThat(report.path("groupBy")).extracting(JsonNode::asText)
                .containsExactly("role", "activityType", "month");
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("rows").forEach(row -> rows.put(row.path("keys").path("role").asText() + "/"
                + row.path("keys").path("activityType").asText() + "/" + row.path("keys").path("month").asText(),
                row));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("callcenter/CALL/2021-03-01", "sales/CALL/2021-03-01",
                "sales/MEETING/2021-03-01", "sales/OFFER/2021-03-01");
        JsonNode callCenter = rows.get("callcenter/CALL/2021-03-01");
        assertThat(callCenter.path("count").asInt()).isEqualTo(2);
        assertThat(callCenter.path("minutes").asInt()).isEqualTo(90);
        assertThat(callCenter.path("cost").toString()).isEqualTo("36.00");
        assertThat(report.path("total").path("count").asInt()).isEqualTo(5);
        assertThat(report.path("total").path("cost").toString()).isEqualTo("121.00");
        assertThat(sum(report.path("rows"), "cost")).isEqualByComparingTo("121.00");

        JsonNode weeks = get("/api/analytics/costs?" + PERIOD + "&campaignId=" + campaign.getId() + "&groupBy=week");
        List<String> mondays = new ArrayList<>();
        weeks.path("rows").forEach(row -> mondays.add(row.path("keys").path("week").asText()));
        assertThat(mondays).containsExactly("2021-03-01", "2021-03-08", "2021-03-15", "2021-03-22");
        assertThat(get("/api/analytics/costs?" + PERIOD + "&campaignId=" + campaign.getId()).path("groupBy"))
                .extracting(JsonNode::asText).containsExactly("role");
    }

    @Test
    void aDealsCostsAreItsActivitiesWithTheirCost() {
        JsonNode costs = get("/api/analytics/deals/" + won.getId() + "/costs");
        assertThat(costs.path("activities")).hasSize(4);
        assertThat(costs.path("activities").get(0).path("type").asText()).as("newest first").isEqualTo("CALL");
        assertThat(costs.path("total").toString()).isEqualTo("97.00");
        assertProblem(manager.get("/api/analytics/deals/" + Long.MAX_VALUE + "/costs"), 404, null);
    }

    @Test
    void onlyManagersAndAdministrationSeeAnalytics() {
        String english = assertProblem(new Api(rest).get("/api/analytics/profitability", HttpHeaders.ACCEPT_LANGUAGE,
                "en"), 403, null);
        assertThat(english).isEqualTo("Only managers and administration see costs and profitability.");
        assertProblem(new Api(rest, "carlo").get("/api/analytics/costs"), 403, null);
        assertProblem(new Api(rest).get("/api/analytics/profitability/deals"), 403, null);
        assertProblem(new Api(rest).get("/api/analytics/deals/" + won.getId() + "/costs"), 403, null);
        assertThat(new Api(rest).getBytes("/api/analytics/profitability.xlsx").getStatusCode().value())
                .isEqualTo(403);
        assertThat(new Api(rest, "anna").get("/api/analytics/profitability").code()).isEqualTo(200);
    }

    @Test
    void badPeriodsAndDimensionsAreRefusedNamingTheField() {
        assertBadRequest(manager.get("/api/analytics/profitability?from=2021-04-01&to=2021-03-01"), "from");
        assertBadRequest(manager.get("/api/analytics/costs?from=2021-04-01&to=2021-03-01"), "from");
        assertBadRequest(manager.get("/api/analytics/profitability?by=colour"), "by");
        assertBadRequest(manager.get("/api/analytics/costs?groupBy=role,day,month"), "groupBy");
        assertBadRequest(manager.get("/api/analytics/costs?groupBy=colour"), "groupBy");
        assertBadRequest(manager.get("/api/analytics/costs?from=yesterday"), "from");
        assertBadRequest(manager.get("/api/analytics/profitability?campaignId=" + Long.MAX_VALUE), "campaignId");
    }

    @Test
    void thePeriodIsThisMonthByDefault() {
        LocalDate today = EngineTime.today();
        JsonNode report = get("/api/analytics/profitability");
        assertThat(report.path("from").asText()).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(report.path("to").asText()).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
    }

    @Test
    void theProfitabilityWorkbookHasRealNumbersAndDates() throws IOException {
        ResponseEntity<byte[]> file = manager.getBytes("/api/analytics/profitability.xlsx?" + PERIOD
                + "&by=campaign&campaignId=" + campaign.getId(), HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("redditivita.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            XSSFSheet summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Campaign");
            assertThat(summary.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Won value (EUR)");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F2");
            Row row = summary.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(campaign.getName());
            assertMoney(row.getCell(2), 1000.00);
            assertMoney(row.getCell(3), 121.00);
            assertMoney(row.getCell(4), 879.00);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(0.879, offset(1e-9));
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).contains("%");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertMoney(summary.getRow(2).getCell(3), 121.00);

            XSSFSheet lines = workbook.getSheetAt(1);
            assertThat(lines.getSheetName()).isEqualTo("Deals");
            Row wonLine = null;
            for (Row line : lines) {
                if (line.getRowNum() > 0 && line.getCell(1) != null
                        && line.getCell(1).getNumericCellValue() == won.getId()) {
                    wonLine = line;
                }
            }
            assertThat(wonLine).isNotNull();
            Cell closedOn = wonLine.getCell(6);
            assertThat(closedOn.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(closedOn)).isTrue();
            assertThat(closedOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 20));
            assertThat(wonLine.getCell(5).getStringCellValue()).isEqualTo("Won");
            assertMoney(wonLine.getCell(8), 1000.00);
        }
    }

    @Test
    void theCostWorkbookHasMonthsAsDates() throws IOException {
        ResponseEntity<byte[]> file = manager.getBytes("/api/analytics/costs.xlsx?" + PERIOD + "&campaignId="
                + campaign.getId() + "&groupBy=month,role");
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mese");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Ruolo");
            Cell month = sheet.getRow(1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(month)).isTrue();
            assertThat(month.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Totale");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertMoney(total.getCell(4), 121.00);
        }
    }

    private static void assertMoney(Cell cell, double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getDataFormatString()).contains("€");
    }
}
