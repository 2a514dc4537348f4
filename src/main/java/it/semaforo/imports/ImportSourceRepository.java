package it.semaforo.imports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportSourceRepository extends JpaRepository<ImportSource, Long> {

    Optional<ImportSource> findByName(String name);

    List<ImportSource> findAllByOrderByNameAsc();
}
