package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customers;
import it.semaforo.portal.PortalAccess.LinkRequestOutcome;

/**
 * The per-client rate limit and the clean-up, on a {@link PortalAccess} of its own with a limit of 3 per client (the
 * test profile lifts the app's own, since every test signs in from 127.0.0.1).
 */
@IntegrationTest
class PortalAccessTest {

    @Autowired LinkRequestRepository requests;
    @Autowired LoginLinkRepository links;
    @Autowired PortalSessionRepository sessions;
    @Autowired Customers customers;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;
    @Autowired PortalFixtures fixtures;
    @Autowired PlatformTransactionManager transactions;

    private PortalAccess access;

    @BeforeEach
    void threeLinksPerClient() {
        PortalProperties properties = new PortalProperties(Duration.ofMinutes(15), Duration.ofHours(8), 30, 7, true,
                new PortalProperties.RateLimit(5, 3, Duration.ofMinutes(15)),
                new PortalProperties.BankTransfer("", "", 10));
        access = new PortalAccess(requests, links, sessions, customers, properties, events, clock);
        EngineTime.setTo(LocalDateTime.of(2032, 2, 3, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void oneClientMayAskForThreeLinksWhateverTheAddressesThenWaits() {
        String client = "198.51.100." + (int) (Math.random() * 250);
        for (int i = 0; i < 3; i++) {
            assertThat(access.requestLink("probe" + i + "@example.it", client, null))
                    .isEqualTo(LinkRequestOutcome.ACCEPTED);
        }
        assertThat(access.requestLink("another@example.it", client, null)).isEqualTo(LinkRequestOutcome.RATE_LIMITED);
        assertThat(access.requestLink("another@example.it", client + "1", null))
                .as("another client is not limited").isEqualTo(LinkRequestOutcome.ACCEPTED);

        EngineTime.setTo(LocalDateTime.of(2032, 2, 3, 10, 15, 1));
        assertThat(access.requestLink("another@example.it", client, null)).isEqualTo(LinkRequestOutcome.ACCEPTED);
    }

    @Test
    void expiredLinksAndOldRequestsAreForgottenADayLater() {
        String email = fixtures.customer("it").getEmail();
        access.requestLink(email, "203.0.113.9", null);
        long before = links.count();

        // this PortalAccess is no Spring proxy: its clean-up runs in a transaction of the test's
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        EngineTime.setTo(LocalDateTime.of(2032, 2, 4, 10, 14));
        transaction.executeWithoutResult(status -> access.forgetExpired());
        assertThat(links.count()).as("expired less than a day ago: kept").isEqualTo(before);

        EngineTime.setTo(LocalDateTime.of(2032, 2, 4, 10, 16));
        transaction.executeWithoutResult(status -> access.forgetExpired());
        assertThat(links.count()).isLessThan(before);
        assertThat(requests.countByClientAddressAndRequestedAtBetween("203.0.113.9",
                java.time.Instant.EPOCH, clock.instant())).isZero();
    }

    @Test
    void onlyPathsInsideThePortalAreKeptAsTargets() {
        assertThat(PortalAccess.portalPathOrNull("/portal/services/12/renew")).isEqualTo("/portal/services/12/renew");
        assertThat(PortalAccess.portalPathOrNull("/portal")).isEqualTo("/portal");
        assertThat(PortalAccess.portalPathOrNull("//evil.example/portal")).isNull();
        assertThat(PortalAccess.portalPathOrNull("/portal//evil.example")).isNull();
        assertThat(PortalAccess.portalPathOrNull("https://evil.example/portal")).isNull();
        assertThat(PortalAccess.portalPathOrNull("/portalx")).isNull();
        assertThat(PortalAccess.portalPathOrNull("/api/customers")).isNull();
        assertThat(PortalAccess.portalPathOrNull("/portal/../api")).isNull();
        assertThat(PortalAccess.portalPathOrNull(null)).isNull();
    }
}
