package it.semaforo.imports;

import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRejectionRepository extends JpaRepository<ImportRejection, Long> {

    Page<ImportRejection> findByJobIdOrderByLineNumberAscIdAsc(long jobId, Pageable pageable);

    Stream<ImportRejection> streamByJobIdOrderByLineNumberAscIdAsc(long jobId);
}
