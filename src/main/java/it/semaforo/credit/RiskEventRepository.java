package it.semaforo.credit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Risk events for the monitoring cycle and the console: the provider change id is unique. */
public interface RiskEventRepository extends JpaRepository<RiskEvent, Long> {

    boolean existsByProviderChangeId(String providerChangeId);

    List<RiskEvent> findByReceivedAtGreaterThanEqualOrderByReceivedAtDescIdDesc(Instant since);
}
