package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deals.Activities;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.Campaign;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealAttributes;
import it.semaforo.deals.DealFixtures;
import it.semaforo.deals.DealHistoryFixtures;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewActivity;
import it.semaforo.platform.Groups;

/** "Trattative": a seller's own deals only, filters, the deal's page with activities and attributes, the Tasklist link. */
@IntegrationTest
class DealPagesTest {

    @LocalServerPort int port;
    @Autowired DealFixtures fixtures;
    @Autowired DealHistoryFixtures history;
    @Autowired Deals deals;
    @Autowired Activities activities;
    @Autowired DealAttributes attributes;

    String seller;
    Customer customer;
    Deal deal;

    @BeforeEach
    void setUp() {
        seller = fixtures.user(Groups.SALES);
        customer = fixtures.customer(seller);
        deal = fixtures.deal(customer, seller);
    }

    @Test
    void aSellerSeesOnlyTheirOwnDealsWithTheirPhaseAndTasklistLink() {
        String other = fixtures.user(Groups.SALES);
        Deal othersDeal = fixtures.deal(fixtures.customer(other), other);
        ConsoleClient browser = new ConsoleClient(port).signIn(seller, seller);

        ConsoleClient.Page page = browser.get("/deals").expect(200);

        assertThat(page.testId("nav-deals").hasClass("active")).isTrue();
        assertThat(page.testIds("deal-row")).singleElement().satisfies(row -> {
            assertThat(row.attr("data-deal-id")).isEqualTo(deal.getId().toString());
            assertThat(row.selectFirst("[data-testid=customer-link]").text()).isEqualTo(customer.getName());
            assertThat(row.selectFirst("[data-testid=customer-link]").attr("href"))
                    .isEqualTo("/customers/" + customer.getId());
            assertThat(row.selectFirst("[data-testid=deal-phase]").text()).isEqualTo("Qualifica telefonica");
            assertThat(row.text()).contains("Aperta").contains("Test " + seller);
            Task qualify = fixtures.task(deal, "UserTask_Qualify");
            assertThat(row.selectFirst("[data-testid=tasklist-link]").attr("href"))
                    .isEqualTo("/camunda/app/tasklist/default/#/?task=" + qualify.getId());
        });
        assertThat(page.body()).doesNotContain("data-deal-id=\"" + othersDeal.getId() + "\"");
        assertThat(browser.get("/deals?status=OPEN&campaignId=" + Long.MAX_VALUE).expect(200).testIds("deal-row"))
                .as("a campaign of none of their deals").isEmpty();

        assertThat(browser.get("/deals/" + othersDeal.getId()).expect(404).testId("error-page").attr("data-status"))
                .isEqualTo("404");
        assertThat(browser.get("/deals/" + deal.getId()).expect(200).testId("deal-title").text())
                .isEqualTo(deal.getTitle());
    }

    @Test
    void theDealPageShowsItsActivitiesAndAttributeValues() {
        activities.record(new NewActivity(customer.getId(), deal.getId(), ActivityType.CALL, "callcenter", "carlo",
                Instant.parse("2026-03-02T09:30:00Z"), 15, "Interessato al rinnovo", null));
        attributes.replaceValues(deal.getId(), Map.of("premium", "1200.50", "sales_potential", "Alto"));
        ConsoleClient browser = new ConsoleClient(port).signIn(seller, seller);

        ConsoleClient.Page page = browser.get("/deals/" + deal.getId()).expect(200);

        assertThat(page.testId("deal-phase").text()).isEqualTo("Qualifica telefonica");
        assertThat(page.testId("customer-phone").text()).as("the number the call center dials")
                .isEqualTo(customer.getPhone()).startsWith("+39");
        assertThat(page.testId("customer-phone").selectFirst("a").attr("href")).isEqualTo("tel:" + customer.getPhone());
        assertThat(page.testId("tasklist-link").attr("href")).startsWith("/camunda/app/tasklist/default/#/?task=");
        assertThat(page.testIds("cockpit-link")).as("sellers do not use Cockpit").isEmpty();
        assertThat(page.testIds("activity-row")).singleElement().satisfies(row -> assertThat(row.text())
                .contains("02/03/2026 10:30").contains("Telefonata").contains("Call center").contains("carlo")
                .contains("15").contains("Interessato al rinnovo"));
        assertThat(page.selectFirst("[data-testid=attribute-value][data-code=premium]").text()).startsWith("1.200,50");
        assertThat(page.selectFirst("[data-testid=attribute-value][data-code=sales_potential]").text())
                .isEqualTo("Alto");

        ConsoleClient.Page english = browser.get("/deals/" + deal.getId() + "?lang=en").expect(200);
        assertThat(english.testId("deal-phase").text()).isEqualTo("Qualifying call");
        assertThat(english.selectFirst("[data-testid=attribute-value][data-code=premium]").text())
                .isEqualTo("€1,200.50");
    }

    @Test
    void aManagerFiltersByCampaignStatusAndPhaseAndAPhaseAddedInModelerShowsItsId() {
        Campaign campaign = history.campaign(Api.unique("Autunno"));
        Deal won = history.win(history.deal(customer, campaign, "Software"), "2500.00", Instant.now());
        Deal open = history.deal(fixtures.customer(seller), campaign, "Software");
        deals.enterPhase(open.getId(), "UserTask_Survey");
        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");

        ConsoleClient.Page all = browser.get("/deals?campaignId=" + campaign.getId()).expect(200);
        assertThat(all.testIds("deal-row")).extracting(row -> row.attr("data-deal-id"))
                .containsExactly(open.getId().toString(), won.getId().toString());
        assertThat(all.selectFirst("[data-testid=filter-campaign] option[selected]").text()).isEqualTo(campaign.getName());

        Element wonRow = browser.get("/deals?campaignId=" + campaign.getId() + "&status=WON").expect(200)
                .testIds("deal-row").first();
        assertThat(wonRow.attr("data-deal-id")).isEqualTo(won.getId().toString());
        assertThat(wonRow.text()).contains("Vinta").contains("2.500,00").contains(campaign.getName());

        ConsoleClient.Page byPhase = browser.get("/deals?phase=UserTask_Survey&campaignId=" + campaign.getId())
                .expect(200);
        assertThat(byPhase.testIds("deal-row")).singleElement()
                .satisfies(row -> assertThat(row.selectFirst("[data-testid=deal-phase]").text())
                        .isEqualTo("UserTask_Survey"));
        assertThat(byPhase.selectFirst("[data-testid=filter-phase] option[selected]").attr("value"))
                .isEqualTo("UserTask_Survey");

        assertThat(browser.get("/deals?status=NOPE").status()).isEqualTo(400);
    }
}
