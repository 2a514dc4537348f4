package it.semaforo.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface BankRepository extends JpaRepository<Bank, Long> {

    boolean existsByNameIgnoreCase(String name);
}
