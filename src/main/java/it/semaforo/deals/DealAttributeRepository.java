package it.semaforo.deals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealAttributeRepository extends JpaRepository<DealAttribute, Long> {

    Optional<DealAttribute> findByCode(String code);

    List<DealAttribute> findAllByOrderByCode();
}
