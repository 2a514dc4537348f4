package it.semaforo.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

    List<Deal> findByCustomerIdAndStatusOrderByIdDesc(long customerId, DealStatus status);
}
