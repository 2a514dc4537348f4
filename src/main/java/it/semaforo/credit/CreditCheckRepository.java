package it.semaforo.credit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditCheckRepository extends JpaRepository<CreditCheck, Long> {

    List<CreditCheck> findTop10ByCustomerIdOrderByRequestedAtDescIdDesc(long customerId);
}
