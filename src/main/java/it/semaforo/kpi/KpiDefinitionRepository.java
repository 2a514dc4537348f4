package it.semaforo.kpi;

import org.springframework.data.jpa.repository.JpaRepository;

interface KpiDefinitionRepository extends JpaRepository<KpiDefinition, String> {
}
