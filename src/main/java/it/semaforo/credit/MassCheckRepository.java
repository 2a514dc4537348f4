package it.semaforo.credit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MassCheckRepository extends JpaRepository<MassCheck, Long> {
}
