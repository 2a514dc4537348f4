package it.semaforo.credit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MassCheckItemRepository extends JpaRepository<MassCheckItem, Long> {

    List<MassCheckItem> findByMassCheckIdOrderByCustomerId(long massCheckId);

    List<MassCheckItem> findByMassCheckIdAndChunkOrderByCustomerId(long massCheckId, int chunk);
}
