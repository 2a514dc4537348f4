package it.semaforo.deals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    Optional<Activity> findByExternalId(String externalId);

    List<Activity> findByCustomerIdOrderByOccurredAtDescIdDesc(long customerId);

    List<Activity> findByDealIdOrderByOccurredAtDescIdDesc(long dealId);

    List<Activity> findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(Instant from, Instant to);

    List<Activity> findByCampaignIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(long campaignId, Instant from,
                                                                                      Instant to);

    List<Activity> findByDealIdIn(Collection<Long> dealIds);
}
