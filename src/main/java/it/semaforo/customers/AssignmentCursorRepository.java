package it.semaforo.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentCursorRepository extends JpaRepository<AssignmentCursor, Long> {
}
