package it.semaforo.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

    List<OutboxMessage> findByIdempotencyKeyStartingWithOrderByCreatedAtDescIdDesc(String prefix);

    @Query("select m from OutboxMessage m where (:status is null or m.status = :status)")
    Page<OutboxMessage> findByStatus(@Param("status") OutboxStatus status, Pageable pageable);

    /**
     * Claims a message for sending: only one worker wins, and a claim older than {@code staleBefore} (a worker that
     * died mid-send) may be taken over.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m
               set m.status = it.semaforo.notifications.OutboxStatus.SENDING, m.claimedAt = :now,
                   m.attempts = m.attempts + 1
             where m.idempotencyKey = :key
               and (m.status = it.semaforo.notifications.OutboxStatus.PENDING
                    or (m.status = it.semaforo.notifications.OutboxStatus.SENDING and m.claimedAt < :staleBefore))
            """)
    int claim(@Param("key") String key, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);
}
