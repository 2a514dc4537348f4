package it.semaforo.agenda;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByUserId(String userId);

    Optional<CalendarFeed> findByTokenHashAndRevokedAtIsNull(String tokenHash);
}
