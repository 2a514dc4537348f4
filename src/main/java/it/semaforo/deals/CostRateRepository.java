package it.semaforo.deals;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CostRateRepository extends JpaRepository<CostRate, Long> {

    Optional<CostRate> findByRoleAndActivityType(String role, ActivityType activityType);
}
