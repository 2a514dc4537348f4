package it.semaforo.credit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditStatusRepository extends JpaRepository<CreditStatus, Long> {
}
