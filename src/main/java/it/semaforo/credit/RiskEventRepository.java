package it.semaforo.credit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Risk events for the monitoring cycle and the console: the provider change id is unique. */
public interface RiskEventRepository extends JpaRepository<RiskEvent, Long> {

    boolean existsByProviderChangeId(String providerChangeId);

    Optional<RiskEvent> findFirstByCustomerIdOrderByReceivedAtDescIdDesc(long customerId);

    List<RiskEvent> findByReceivedAtGreaterThanEqualOrderByReceivedAtDescIdDesc(Instant since);
}
