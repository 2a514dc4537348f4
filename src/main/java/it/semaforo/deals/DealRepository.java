package it.semaforo.deals;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

    List<Deal> findByCustomerIdAndStatusOrderByIdDesc(long customerId, DealStatus status);

    List<Deal> findByStatusAndClosedAtGreaterThanEqualAndClosedAtLessThan(DealStatus status, Instant from, Instant to);

    List<Deal> findByCampaignIdAndStatusAndClosedAtGreaterThanEqualAndClosedAtLessThan(long campaignId,
                                                                                      DealStatus status, Instant from,
                                                                                      Instant to);
}
