package it.semaforo.credit;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringCursorRepository extends JpaRepository<MonitoringCursor, Integer> {
}
