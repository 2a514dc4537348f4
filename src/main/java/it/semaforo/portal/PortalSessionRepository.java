package it.semaforo.portal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalSessionRepository extends JpaRepository<PortalSession, Long> {

    Optional<PortalSession> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from PortalSession s where s.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
