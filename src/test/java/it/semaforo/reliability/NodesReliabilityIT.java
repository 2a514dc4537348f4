package it.semaforo.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import it.semaforo.Api;
import it.semaforo.PostgresDatabase;

/**
 * Reliability suite, multi-node criteria (docs/reliability.md; {@code ./mvnw -Preliability verify}). Two application
 * processes from the packaged jar share one fresh PostgreSQL database and send their e-mails to a GreenMail SMTP
 * sink in this JVM. {@code reliability.deadlines} (10,000) deadlines are seeded through the API; each scenario then
 * makes every lifecycle's reminder timer due at once and waits until all reminders are out.
 *
 * <p>The scenarios run in order on the same deadlines, one reminder of their 60/30/7-day plan each, so each has its
 * own idempotency keys ({@code deadline:<id>:reminder:P<offset>D}) and needs no new seeding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodesReliabilityIT {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase();

    private static final int DEADLINES = Integer.getInteger("reliability.deadlines", 10_000);
    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    /** The reminder plan of the seeded product: the first scenario sends the 60-day reminders, and so on. */
    private static final List<Integer> REMINDER_OFFSETS = List.of(60, 30, 7);
    /** A run that outlasts this has lost something; covers the 5-minute retry of jobs that failed mid-outage. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(12);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final int SEED_THREADS = 4;

    private final SharedDatabase database = new SharedDatabase(DATABASE);
    private final List<Long> deadlineIds = Collections.synchronizedList(new ArrayList<>());
    private GreenMail smtp;
    private AppNode nodeA;
    private AppNode nodeB;

    @BeforeAll
    void startNodesAndSeed() throws Exception {
        smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        nodeA = node("a");
        nodeB = node("b");
        // one after the other: the first creates the schema, which two nodes must not do at once
        nodeA.start();
        nodeB.start();
        seed();
        assertThat(database.reminderTimers()).as("lifecycles waiting for their first reminder").isEqualTo(DEADLINES);
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        try {
            for (AppNode node : new AppNode[] {nodeA, nodeB}) {
                if (node != null) {
                    node.close();
                }
            }
        } finally {
            if (smtp != null) {
                smtp.stop();
            }
        }
    }

    @Test
    @Order(1)
    void twoNodesSendEveryReminderExactlyOnce() {
        Run run = startRun(REMINDER_OFFSETS.get(0));
        Delivery delivery = run.awaitDone();
        run.report("two nodes", delivery, 0, "");
        assertThat(delivery.duplicates()).as("duplicates").isZero();
    }

    @Test
    @Order(2)
    void aKilledNodeLosesNoReminderAndDuplicatesAtMostItsJobThreads() throws InterruptedException {
        Run run = startRun(REMINDER_OFFSETS.get(1));
        run.awaitReceived(DEADLINES * 3 / 10);
        int receivedAtKill = received().size();
        nodeA.kill();
        nodeA.start();
        Delivery delivery = run.awaitDone();
        run.report("crash", delivery, 1, String.format("node a killed at %,d received", receivedAtKill));
        assertThat(delivery.duplicates()).as("duplicates after kill -9 of a node with %d job threads",
                AppNode.JOB_THREADS).isLessThanOrEqualTo(AppNode.JOB_THREADS);
    }

    @Test
    @Order(3)
    void theNodesRecoverFromDatabaseOutagesByThemselves() {
        Run run = startRun(REMINDER_OFFSETS.get(2));
        run.awaitReceived(DEADLINES / 10);
        List<Integer> cut = new ArrayList<>();
        for (int outage = 0; outage < 3; outage++) {
            cut.add(database.terminateBackends());
            AppNode.sleep(Duration.ofSeconds(5));
        }
        assertThat(cut).as("connections cut by each outage").allMatch(connections -> connections > 0);
        Delivery delivery = run.awaitDone();
        run.report("database outage", delivery, 0, "connections cut " + cut);
        assertThat(nodeA.isReady() && nodeB.isReady()).as("both nodes ready, never restarted").isTrue();
    }

    private AppNode node(String name) {
        return new AppNode(name, DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password(), smtp.getSmtp().getPort());
    }

    /**
     * One product with the 60/30/7-day plan, a customer (with an e-mail address) per 50 deadlines, and the
     * deadlines, expiring in 100 days so that every reminder of the plan is ahead; on threads spread over both nodes.
     */
    private void seed() throws Exception {
        long started = System.nanoTime();
        List<Api> apis = List.of(api(nodeA), api(nodeB));
        long productId = apis.get(0).post("/api/catalog/products", Api.body("code", "REL-1", "name",
                "Servizio annuale", "kind", "SERVICE", "durationAmount", 12, "durationUnit", "MONTHS",
                "listPrice", new BigDecimal("120.00"), "reminderOffsets", REMINDER_OFFSETS)).expect(201).id();
        List<Long> customerIds = new ArrayList<>();
        for (int i = 0; i < Math.max(1, DEADLINES / 50); i++) {
            customerIds.add(apis.get(i % 2).createCustomer());
        }
        LocalDate expiry = LocalDate.now(ZONE).plusDays(100);
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(SEED_THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < SEED_THREADS; t++) {
                Api api = apis.get(t % 2);
                workers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < DEADLINES; i = next.getAndIncrement()) {
                        deadlineIds.add(api.createDeadline(customerIds.get(i % customerIds.size()), productId,
                                expiry.minusYears(1).plusDays(1), expiry, null).get("id").asLong());
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("RELIABILITY seeding: %,d deadlines of %,d customers in %.0f s%n", DEADLINES,
                customerIds.size(), (System.nanoTime() - started) / 1e9);
    }

    private static Api api(AppNode node) {
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.baseUrl())), AppNode.ADMIN);
    }

    /** Empties the SMTP sink and makes every waiting reminder due now. */
    private Run startRun(int offsetDays) {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception failed) {
            throw new IllegalStateException("Cannot empty the SMTP sink", failed);
        }
        assertThat(database.makeRemindersDue()).as("reminder timers made due").isEqualTo(DEADLINES);
        return new Run(":reminder:P" + offsetDays + "D", System.nanoTime());
    }

    /** Message-IDs of the e-mails in the SMTP sink, one per e-mail received. */
    private List<String> received() {
        List<String> messageIds = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                messageIds.add(message.getMessageID());
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return messageIds;
    }

    /** What reached the sink: every key's e-mail at least once, and how many came twice (same Message-ID). */
    private record Delivery(int received, int distinct, int duplicates, double deliveredSeconds,
                            double doneSeconds, long incidents) {
    }

    /** One reminder run: the keys ending with {@code keySuffix}, made due at {@code startedAt}. */
    private final class Run {

        private final String keySuffix;
        private final long startedAt;
        private Double deliveredSeconds;

        Run(String keySuffix, long startedAt) {
            this.keySuffix = keySuffix;
            this.startedAt = startedAt;
        }

        void awaitReceived(int count) {
            await("at least " + count + " e-mails received", () -> received().size() >= count);
        }

        /**
         * Waits until every key is SENT and in the sink and every lifecycle is past the send, then checks: one outbox
         * row per seeded deadline, all SENT; every e-mail in the sink is one of the run's keys, each key there at
         * least once; no incident.
         */
        Delivery awaitDone() {
            await("every reminder sent and every lifecycle past the send", () -> {
                if (deliveredSeconds == null && sent() == DEADLINES && received().size() >= DEADLINES) {
                    deliveredSeconds = secondsSinceStart();
                }
                return deliveredSeconds != null && database.reminderJobsLeft() == 0;
            });
            double doneSeconds = secondsSinceStart();
            Map<String, String> keys = database.keysByMessageId(keySuffix);
            assertThat(Set.copyOf(keys.values())).as("outbox keys of this run").isEqualTo(expectedKeys());
            assertThat(database.outboxStatuses(keySuffix)).as("outbox rows by status")
                    .isEqualTo(Map.of("SENT", (long) DEADLINES));
            Map<String, Long> copies = received().stream()
                    .collect(Collectors.groupingBy(messageId -> messageId, Collectors.counting()));
            assertThat(keys.keySet()).as("Message-IDs in the SMTP sink, one per key")
                    .containsExactlyInAnyOrderElementsOf(copies.keySet());
            int received = copies.values().stream().mapToInt(Long::intValue).sum();
            long incidents = database.incidents();
            assertThat(incidents).as("incidents").isZero();
            return new Delivery(received, copies.size(), received - copies.size(), deliveredSeconds, doneSeconds,
                    incidents);
        }

        void report(String scenario, Delivery delivery, int restarts, String note) {
            System.out.printf("RELIABILITY %s: N=%,d, nodes=2, delivered in %.1f s (%.1f e-mails/s), all lifecycles "
                            + "past the send in %.1f s, received=%,d, distinct=%,d, duplicates=%d, incidents=%d, "
                            + "restarts=%d%s%n", scenario, DEADLINES, delivery.deliveredSeconds(),
                    DEADLINES / delivery.deliveredSeconds(), delivery.doneSeconds(), delivery.received(),
                    delivery.distinct(), delivery.duplicates(), delivery.incidents(), restarts,
                    note.isEmpty() ? "" : ", " + note);
        }

        private Set<String> expectedKeys() {
            return deadlineIds.stream().map(id -> "deadline:" + id + keySuffix).collect(Collectors.toSet());
        }

        private long sent() {
            return database.outboxStatuses(keySuffix).getOrDefault("SENT", 0L);
        }

        private double secondsSinceStart() {
            return (System.nanoTime() - startedAt) / 1e9;
        }

        /** Polls until done; an incident fails at once (its job will not run again by itself). */
        private void await(String what, BooleanSupplier done) {
            long deadline = startedAt + RUN_TIMEOUT.toNanos();
            long nextProgress = 0;
            while (!done.getAsBoolean()) {
                Map<String, Long> statuses = database.outboxStatuses(keySuffix);
                long incidents = database.incidents();
                if (System.nanoTime() > deadline || incidents > 0) {
                    throw new AssertionError("Not done: " + what + " (outbox " + statuses + ", received "
                            + received().size() + ", reminder jobs left " + database.reminderJobsLeft()
                            + ", incidents " + incidents + ") after " + Math.round(secondsSinceStart()) + " s");
                }
                if (System.nanoTime() > nextProgress) {
                    System.out.printf("RELIABILITY progress %s: %.0f s, outbox %s, received %,d%n", keySuffix,
                            secondsSinceStart(), statuses, received().size());
                    nextProgress = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                }
                AppNode.sleep(POLL);
            }
        }
    }
}
