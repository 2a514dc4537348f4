package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.Campaign;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealHistoryFixtures;

/**
 * The "Redditività" page: profitability by campaign with drill-down to the deals, cost by role and the Excel file, for
 * managers and administration. Each test works in a month of 2019 of its own, which no other test writes to.
 */
@IntegrationTest
class AnalyticsPageTest {

    @LocalServerPort int port;
    @Autowired DealHistoryFixtures deals;
    @Autowired ConsoleFixtures fixtures;

    private static Instant rome(LocalDate day) {
        return day.atTime(11, 0).atZone(EngineTime.ROME).toInstant();
    }

    /** A campaign with one deal won on the 10th for 2,000 EUR after a 60-minute call center call on the 3rd. */
    private Campaign campaignWonIn(LocalDate month) {
        Campaign campaign = deals.campaign(Api.unique("Autunno"));
        Customer customer = deals.customer("Edilizia");
        Deal deal = deals.deal(customer, campaign, "Gestionale");
        deals.activity(deal, ActivityType.CALL, "callcenter", 60, rome(month.withDayOfMonth(3)));
        deals.win(deal, "2000.00", rome(month.withDayOfMonth(10)));
        return campaign;
    }

    private static String period(LocalDate month) {
        return "from=" + month + "&to=" + month.withDayOfMonth(month.lengthOfMonth());
    }

    @Test
    void aManagerSeesProfitabilityByCampaignAndDrillsDownToTheDeals() {
        LocalDate month = LocalDate.of(2019, 5, 1);
        Campaign campaign = campaignWonIn(month);
        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");

        ConsoleClient.Page page = browser.get("/analytics?" + period(month)).expect(200);

        assertThat(page.testId("nav-analytics").hasClass("active")).isTrue();
        Element row = page.selectFirst("[data-testid=profitability-row][data-key=" + campaign.getId() + "]");
        assertThat(row.text()).contains(campaign.getName()).contains("2.000,00").contains("24,00")
                .contains("1.976,00").contains("98,8 %");
        assertThat(page.testId("profitability-total").text()).contains("2.000,00").contains("24,00");
        Element callCenter = page.selectFirst("[data-testid=cost-row][data-role=callcenter]");
        assertThat(callCenter.text()).contains("Call center").contains("60").contains("24,00");

        ConsoleClient.Page drillDown = browser.get(row.selectFirst("a[data-testid=drill-down]").attr("href"))
                .expect(200);
        assertThat(drillDown.testId("drill-down-subject").text()).contains(campaign.getName());
        assertThat(drillDown.testIds("deal-line")).singleElement().satisfies(line -> {
            assertThat(line.text()).contains("Trattativa Gestionale").contains("Vinta").contains("10/05/2019")
                    .contains("1.976,00");
            assertThat(line.selectFirst("a").attr("href")).startsWith("/customers/");
        });
    }

    @Test
    void theExcelLinkDownloadsThePeriodsWorkbook() throws IOException {
        LocalDate month = LocalDate.of(2019, 6, 1);
        Campaign campaign = campaignWonIn(month);
        ConsoleClient browser = new ConsoleClient(port).signIn("anna", "anna");
        String link = browser.get("/analytics?" + period(month)).expect(200).testId("export-xlsx").attr("href");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(browser.bytes(link)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Campagna");
            boolean found = false;
            for (var excelRow : sheet) {
                if (excelRow.getCell(0).getStringCellValue().equals(campaign.getName())) {
                    found = true;
                    assertThat(excelRow.getCell(2).getNumericCellValue()).isEqualTo(2000.0);
                }
            }
            assertThat(found).as("the campaign's row in %s", link).isTrue();
        }
    }

    @Test
    void anInvertedPeriodIsShownNextToTheForm() {
        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");
        ConsoleClient.Page page = browser.get("/analytics?from=2019-07-31&to=2019-07-01&lang=en");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.testId("period-error").attr("data-field")).isEqualTo("from");
        assertThat(page.testId("period-error").text()).isEqualTo("The start of the period must come before its end.");
        assertThat(page.testIds("profitability")).isEmpty();
    }

    @Test
    void theDefaultPeriodIsThisMonthInEnglishToo() {
        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");
        ConsoleClient.Page page = browser.get("/analytics?lang=en").expect(200);
        LocalDate today = EngineTime.today();
        assertThat(page.testId("period-from").attr("value")).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(page.testId("period-to").attr("value"))
                .isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
        assertThat(page.selectFirst("[data-testid=profitability] h2").text()).isEqualTo("Profitability by campaign");
    }

    @Test
    void sellersAndTheCallCenterHaveNoProfitabilityPage() {
        String seller = fixtures.seller();
        ConsoleClient browser = new ConsoleClient(port).signIn(seller, seller);
        assertThat(browser.get("/").testIds("nav-analytics")).isEmpty();
        assertThat(browser.get("/analytics").status()).isEqualTo(403);
        assertThat(browser.get("/analytics/deals?key=1").status()).isEqualTo(403);
        String operator = fixtures.user("callcenter");
        assertThat(new ConsoleClient(port).signIn(operator, operator).get("/analytics").status()).isEqualTo(403);
    }
}
