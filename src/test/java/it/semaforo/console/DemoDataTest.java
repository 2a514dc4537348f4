package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.semaforo.IntegrationTest;
import it.semaforo.catalog.Catalog;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.Kpis;
import it.semaforo.kpi.Light;

/**
 * The demo seeder. The database is shared by the suite, so the KPI values are computed from the records the seeder
 * created (read back from the database) with the built-in definitions: what the lights of a fresh demo database
 * show. It runs in a transaction that is rolled back, so no other test sees the demo data.
 */
@IntegrationTest
class DemoDataTest {

    @Autowired
    Customers customers;

    @Autowired
    Catalog catalog;

    @Autowired
    Deadlines deadlines;

    @Autowired
    RecallActions recallActions;

    @Autowired
    Kpis kpis;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext context;

    @Autowired
    ConsoleFixtures fixtures;

    @Test
    void theSeederIsOffInTests() {
        assertThat(context.getBeansOfType(DemoDataSeeder.class)).isEmpty();
    }

    @Test
    void onAFreshDatabaseTheLightsShowRedYellowAndGreenAndEveryWidgetHasRows() {
        new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
            DemoData demo = new DemoData(customers, catalog, deadlines, recallActions);
            DemoData.Seeded seeded = demo.seed();
            LocalDate today = deadlines.today();

            assertThat(seeded.customerIds()).hasSize(11);
            assertThat(seeded.productIds()).hasSize(3);
            Map<Long, Customer> seededCustomers = customers.byIds(seeded.customerIds());
            assertThat(seededCustomers.values()).extracting(Customer::getOwnerUserId).contains("sara").containsNull();
            assertThat(seededCustomers.values()).filteredOn(c -> c.getVatNumber() != null).hasSizeGreaterThan(8);

            List<Deadline> created = seeded.deadlineIds().stream().map(deadlines::get).toList();
            assertThat(created).allSatisfy(d -> assertThat(d.getProcessInstanceId()).isNotNull());

            KpiDefinition contracts = kpis.definition("CONTRACTS_EXPIRING");
            long expiringSoon = active(created).stream()
                    .filter(d -> !d.getExpiryDate().isAfter(today.plusDays(contracts.getLeadTimeDays())))
                    .count();
            assertThat(contracts.lightFor(BigDecimal.valueOf(expiringSoon))).isEqualTo(Light.RED);

            KpiDefinition revenue = kpis.definition("REVENUE_EXPIRING");
            BigDecimal amountSoon = active(created).stream()
                    .filter(d -> !d.getExpiryDate().isAfter(today.plusDays(revenue.getLeadTimeDays())))
                    .map(Deadline::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(revenue.lightFor(amountSoon)).isEqualTo(Light.GREEN);

            List<RecallAction> actions = seeded.recallActionIds().stream().map(recallActions::get).toList();
            long overdue = actions.stream().filter(a -> !a.isDone() && a.getDueDate().isBefore(today)).count();
            assertThat(kpis.definition("OVERDUE_RECALLS").lightFor(BigDecimal.valueOf(overdue)))
                    .isEqualTo(Light.YELLOW);
            assertThat(actions).filteredOn(a -> !a.isDone() && a.getDueDate().equals(today)).hasSize(2);

            // every dashboard widget has seeded rows, for demo and for sara (other tests may have added theirs)
            assertThat(deadlines.upcoming(DashboardController.UPCOMING_DAYS, "sara"))
                    .extracting(Deadline::getId).containsAnyElementsOf(seeded.deadlineIds());
            assertThat(recallActions.toDoToday("sara")).extracting(RecallAction::getId)
                    .containsAnyElementsOf(seeded.recallActionIds());
            assertThat(created).extracting(Deadline::getStatus)
                    .contains(DeadlineStatus.ACTIVE, DeadlineStatus.RENEWED, DeadlineStatus.CANCELLED);

            transaction.setRollbackOnly();
        });
    }

    @Test
    void itAddsNothingOnceCustomersExist() {
        fixtures.customer(ConsoleFixtures.token() + " Esistente", null);
        long before = customers.search(null, null, PageRequest.of(0, 1)).getTotalElements();
        DemoData demo = new DemoData(customers, catalog, deadlines, recallActions);
        assertThat(demo.nothingYet()).isFalse();
        assertThat(customers.search(null, null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    private static List<Deadline> active(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.getStatus() == DeadlineStatus.ACTIVE).toList();
    }
}
