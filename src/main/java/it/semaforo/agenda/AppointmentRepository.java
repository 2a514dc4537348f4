package it.semaforo.agenda;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    /** The user's live entries that share at least an instant with [from, to). */
    @Query("""
            select a from Appointment a
            where a.userId = :userId and a.cancelled = false and a.startsAt < :to and a.endsAt > :from
            order by a.startsAt, a.id
            """)
    List<Appointment> overlapping(@Param("userId") String userId, @Param("from") Instant from,
                                  @Param("to") Instant to);

    List<Appointment> findByUserIdAndCancelledFalseAndEndsAtAfterOrderByStartsAtAsc(String userId, Instant endsAfter);
}
