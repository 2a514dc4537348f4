package it.semaforo.imports;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Page<ImportJob> findAllByOrderByIdDesc(Pageable pageable);

    List<ImportJob> findByStateIn(Collection<ImportState> states);
}
