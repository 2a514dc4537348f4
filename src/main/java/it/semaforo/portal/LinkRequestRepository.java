package it.semaforo.portal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LinkRequestRepository extends JpaRepository<LinkRequest, Long> {

    long countByEmailAndRequestedAtBetween(String email, Instant from, Instant to);

    long countByClientAddressAndRequestedAtBetween(String clientAddress, Instant from, Instant to);

    @Modifying
    @Query("delete from LinkRequest r where r.requestedAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
