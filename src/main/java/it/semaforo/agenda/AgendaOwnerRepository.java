package it.semaforo.agenda;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaOwnerRepository extends JpaRepository<AgendaOwner, String> {

    /** {@code select ... for update}: waits until no other transaction is booking into this agenda. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from AgendaOwner o where o.userId = :userId")
    Optional<AgendaOwner> lock(@Param("userId") String userId);
}
