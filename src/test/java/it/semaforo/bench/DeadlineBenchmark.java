package it.semaforo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.TestData;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.DeadlineMails;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbench test}). Scenario 1, bulk creation: {@code bench.deadlines} (100,000)
 * deadlines created through {@link Deadlines#create} on {@code bench.threads} (2) threads, each starting its
 * {@code deadline-lifecycle}; reports the sustained rate, latency percentiles, SQL statements per deadline and the
 * engine's runtime and history bytes per instance. Scenario 3, reminder run: {@code bench.reminders} (10,000) reminder
 * e-mails of those deadlines sent to the SMTP sink, then sent again as a retried job would: the sink must hold each
 * once.
 */
@BenchContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlineBenchmark {

    private static final String CREATION = "1. Bulk creation";
    private static final String REMINDERS = "3. Reminder run";

    @Autowired Deadlines deadlines;
    @Autowired DeadlineMails mails;
    @Autowired TestData testData;
    @Autowired GreenMail smtp;
    @Autowired JdbcTemplate jdbc;

    private final int threads = Integer.getInteger("bench.threads", 2);
    private final List<Long> created = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Order(1)
    void bulkCreation() throws Exception {
        int count = Integer.getInteger("bench.deadlines", 100_000);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            customers.add(testData.customer("it"));
        }
        Product product = testData.yearlyService();
        LocalDate today = deadlines.today();
        long[] bytesBefore = engineBytes();
        long statementsBefore = SqlCounting.statements();
        Latencies latencies = new Latencies();

        double seconds = inParallel(count, i -> {
            LocalDate expiry = today.plusDays(31 + i % 700);
            long started = System.nanoTime();
            created.add(deadlines.create(new NewDeadline(customers.get(i % customers.size()).getId(),
                    product.getId(), null, 1, null, null, expiry.minusYears(1).plusDays(1), expiry, null, null))
                    .getId());
            latencies.add(System.nanoTime() - started);
        });

        BenchResults.atLeast(CREATION, "deadlines created per second", count / seconds, "/s", 500,
                BaselineBenchmark.JDBC, String.format("%,d deadlines on %d threads in %.1f s", count, threads,
                        seconds));
        latencies.report(CREATION, "create");
        BenchResults.report(CREATION, "SQL statements per deadline",
                (SqlCounting.statements() - statementsBefore) / (double) count, "", "JPA and engine together");
        long[] bytesAfter = engineBytes();
        if (bytesAfter[0] >= 0) {
            BenchResults.report(CREATION, "runtime bytes per instance (ACT_RU_*)",
                    (bytesAfter[0] - bytesBefore[0]) / (double) count, "B", "tables and indexes");
            BenchResults.report(CREATION, "history bytes per instance (ACT_HI_*)",
                    (bytesAfter[1] - bytesBefore[1]) / (double) count, "B", "history level full");
        }
        assertThat(created).hasSize(count);
    }

    @Test
    @Order(2)
    void reminderRun() throws Exception {
        int count = Math.min(Integer.getInteger("bench.reminders", 10_000), created.size());
        List<Long> ids = List.copyOf(created.subList(0, count));
        int receivedBefore = smtp.getReceivedMessages().length;
        long statementsBefore = SqlCounting.statements();

        double seconds = inParallel(count, i -> mails.sendReminder(ids.get(i), 30));
        long statements = SqlCounting.statements() - statementsBefore;
        inParallel(count, i -> mails.sendReminder(ids.get(i), 30)); // retried jobs: nothing may go out again

        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> messageIds = new ArrayList<>();
        for (MimeMessage message : Arrays.copyOfRange(received, receivedBefore, received.length)) {
            messageIds.add(messageId(message));
        }
        Set<String> distinct = new HashSet<>(messageIds);
        BenchResults.atLeast(REMINDERS, "reminder e-mails per second", count / seconds, "/s", 200,
                BaselineBenchmark.JAVAMAIL, String.format("%,d e-mails on %d threads in %.1f s, through the outbox",
                        count, threads, seconds));
        BenchResults.report(REMINDERS, "SQL statements per e-mail", statements / (double) count, "",
                "record, claim, mark sent with the rendered mail");
        BenchResults.below(REMINDERS, "duplicates in the SMTP sink", messageIds.size() - distinct.size(), "", 1,
                String.format("%,d received, %,d distinct Message-IDs, after every e-mail was sent twice",
                        messageIds.size(), distinct.size()));
        assertThat(distinct).hasSize(count);
    }

    /** Runs {@code task(0..count-1)} on the benchmark's threads; answers the seconds it took. */
    private double inParallel(int count, IntConsumer task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Bytes of the engine's runtime and history tables with their indexes, on PostgreSQL ({-1, -1} elsewhere). */
    private long[] engineBytes() {
        if (!BenchDatabase.isPostgres(jdbc)) {
            return new long[] {-1, -1};
        }
        return new long[] {BenchDatabase.bytesOfTables(jdbc, "act\\_ru\\_%"),
                BenchDatabase.bytesOfTables(jdbc, "act\\_hi\\_%")};
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
