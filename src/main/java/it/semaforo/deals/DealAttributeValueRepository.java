package it.semaforo.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealAttributeValueRepository extends JpaRepository<DealAttributeValue, Long> {

    List<DealAttributeValue> findByDealIdOrderByCode(long dealId);
}
