package it.semaforo.kpi;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiEvaluationRepository extends JpaRepository<KpiEvaluation, Long> {

    Optional<KpiEvaluation> findFirstByKpiCodeOrderByEvaluatedAtDescIdDesc(String kpiCode);

    List<KpiEvaluation> findByKpiCodeOrderByEvaluatedAtDescIdDesc(String kpiCode, Pageable pageable);
}
