package it.semaforo.agenda;

import static it.semaforo.agenda.AgendaTestSupport.at;
import static it.semaforo.agenda.AgendaTestSupport.mondayIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.semaforo.IntegrationTest;
import it.semaforo.platform.errors.ConflictException;

/** Two bookings of the same slot at the same moment: exactly one wins, the other gets the overlap conflict. */
@IntegrationTest
class AgendaConcurrencyTest {

    private static final int ROUNDS = 5;

    @Autowired Agenda agenda;
    @Autowired AgendaTestSupport users;

    @Test
    void concurrentBookingsOfTheSameSlotNeverBothSucceed() throws Exception {
        LocalDate monday = mondayIn(3);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // a fresh agenda each round: the first booking also creates the agenda's lock row
                String seller = users.seller();
                Instant start = at(monday, 10, 0).toInstant();
                Instant end = at(monday, 11, 0).toInstant();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Appointment>> attempts = new ArrayList<>();
                for (String booker : List.of("carlo", "demo")) {
                    attempts.add(threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return agenda.book(new NewAppointment(seller, AppointmentKind.APPOINTMENT, "Visita " + booker,
                                start, end, null, null, null), booker);
                    }));
                }
                int won = 0;
                int refused = 0;
                for (Future<Appointment> attempt : attempts) {
                    try {
                        attempt.get(30, TimeUnit.SECONDS);
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                        assertThat(((ConflictException) e.getCause()).field()).isEqualTo("startsAt");
                        refused++;
                    }
                }
                assertThat(won).as("bookings that succeeded in round %d", round).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
                assertThat(agenda.of(seller, start, end)).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
