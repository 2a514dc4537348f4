package it.semaforo.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

    /** In the order they are tried: priority, then the oldest first. */
    List<AssignmentRule> findAllByOrderByPriorityAscIdAsc();

    List<AssignmentRule> findByActiveTrueOrderByPriorityAscIdAsc();
}
