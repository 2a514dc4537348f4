package it.semaforo.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecallActionRepository extends JpaRepository<RecallAction, Long> {

    /** To do today: not done and due today or earlier, oldest first. */
    List<RecallAction> findByDoneFalseAndDueDateLessThanEqualOrderByDueDateAscIdAsc(LocalDate today);

    /** As above, only for the customers of {@code owner} when it is given. */
    @Query("""
            select r from RecallAction r
            where r.done = false and r.dueDate <= :today
              and (:owner is null
                   or r.customerId in (select c.id from Customer c where c.ownerUserId = :owner))
            order by r.dueDate, r.id
            """)
    List<RecallAction> findToDo(@Param("today") LocalDate today, @Param("owner") String ownerUserId);

    long countByDoneFalseAndDueDateBefore(LocalDate day);

    @Query("""
            select r from RecallAction r
            where (:customerId is null or r.customerId = :customerId)
              and (:done is null or r.done = :done)
              and (:owner is null
                   or r.customerId in (select c.id from Customer c where c.ownerUserId = :owner))
            """)
    Page<RecallAction> search(@Param("customerId") Long customerId, @Param("done") Boolean done,
                              @Param("owner") String ownerUserId, Pageable pageable);
}
