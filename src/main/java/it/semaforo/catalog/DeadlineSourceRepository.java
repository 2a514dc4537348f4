package it.semaforo.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineSourceRepository extends JpaRepository<DeadlineSource, Long> {

    boolean existsByNameIgnoreCase(String name);
}
