package it.semaforo.portal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalOrderRepository extends JpaRepository<RenewalOrder, Long> {

    Optional<RenewalOrder> findByDeadlineId(long deadlineId);
}
