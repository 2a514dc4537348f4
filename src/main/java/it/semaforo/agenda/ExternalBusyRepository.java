package it.semaforo.agenda;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExternalBusyRepository extends JpaRepository<ExternalBusy, Long> {

    /** The busy times of the user's external calendars that share at least an instant with [from, to). */
    @Query("""
            select new it.semaforo.agenda.BusyTime(b.startsAt, b.endsAt, s.id, s.name)
            from ExternalBusy b join CalendarSource s on s.id = b.sourceId
            where s.userId = :userId and b.startsAt < :to and b.endsAt > :from
            order by b.startsAt, b.id
            """)
    List<BusyTime> overlapping(@Param("userId") String userId, @Param("from") Instant from, @Param("to") Instant to);

    long countBySourceId(long sourceId);

    @Modifying
    @Query("delete from ExternalBusy b where b.sourceId = :sourceId")
    void deleteBySource(@Param("sourceId") long sourceId);
}
