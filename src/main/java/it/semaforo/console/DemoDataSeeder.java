package it.semaforo.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.semaforo.catalog.Catalog;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RecallActions;

/**
 * Fills an empty demo database with {@link DemoData} at start-up: demo profile only, and only with
 * {@code semaforo.demo-data.enabled=true} (the demo profile's default; tests switch it off). Does nothing once
 * any customer exists, so restarts and real data are left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "semaforo.demo-data.enabled", havingValue = "true")
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoData demoData;
    private final TransactionTemplate transaction;

    DemoDataSeeder(Customers customers, Catalog catalog, Deadlines deadlines, RecallActions recallActions,
                   PlatformTransactionManager transactionManager) {
        this.demoData = new DemoData(customers, catalog, deadlines, recallActions);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        Boolean seeded = transaction.execute(status -> {
            if (!demoData.nothingYet()) {
                return false;
            }
            DemoData.Seeded created = demoData.seed();
            log.info("Demo data: {} customers, {} products, {} deadlines, {} recall actions",
                    created.customerIds().size(), created.productIds().size(), created.deadlineIds().size(),
                    created.recallActionIds().size());
            return true;
        });
        if (!Boolean.TRUE.equals(seeded)) {
            log.info("Demo data: customers exist already, nothing added");
        }
    }
}
