package it.semaforo.agenda;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarSourceRepository extends JpaRepository<CalendarSource, Long> {

    List<CalendarSource> findByUserIdOrderByIdAsc(String userId);

    List<CalendarSource> findByKindOrderByIdAsc(CalendarSourceKind kind);
}
