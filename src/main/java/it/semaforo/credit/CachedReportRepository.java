package it.semaforo.credit;

import org.springframework.data.jpa.repository.JpaRepository;

interface CachedReportRepository extends JpaRepository<CachedReport, String> {
}
