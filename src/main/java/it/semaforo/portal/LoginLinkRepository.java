package it.semaforo.portal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginLinkRepository extends JpaRepository<LoginLink, Long> {

    Optional<LoginLink> findByTokenHash(String tokenHash);

    /** Uses the link if it is still unused and valid; 1 when this call used it, 0 when it was not usable. */
    @Modifying
    @Query("""
            update LoginLink l set l.usedAt = :now
            where l.tokenHash = :tokenHash and l.usedAt is null and l.expiresAt > :now
            """)
    int use(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    @Modifying
    @Query("delete from LoginLink l where l.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
