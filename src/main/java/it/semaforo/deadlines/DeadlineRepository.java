package it.semaforo.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeadlineRepository extends JpaRepository<Deadline, Long>, JpaSpecificationExecutor<Deadline> {

    @Override
    @EntityGraph(attributePaths = {"customer", "product", "source", "bank"})
    Page<Deadline> findAll(Specification<Deadline> specification, Pageable pageable);

    @EntityGraph(attributePaths = {"customer", "product", "source", "bank"})
    Optional<Deadline> findWithDetailsById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deadline d where d.id = :id")
    Optional<Deadline> findForUpdate(@Param("id") long id);

    /** Active deadlines expiring in [from, to] (of one owner's customers when given), soonest first; paged. */
    @EntityGraph(attributePaths = {"customer", "product"})
    @Query(value = """
            select d from Deadline d
            where d.status = it.semaforo.deadlines.DeadlineStatus.ACTIVE
              and d.expiryDate between :from and :to
              and (:owner is null or d.customer.ownerUserId = :owner)
            order by d.expiryDate, d.id
            """, countQuery = """
            select count(d) from Deadline d
            where d.status = it.semaforo.deadlines.DeadlineStatus.ACTIVE
              and d.expiryDate between :from and :to
              and (:owner is null or d.customer.ownerUserId = :owner)
            """)
    Page<Deadline> findActiveExpiringBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                             @Param("owner") String ownerUserId, Pageable page);

    /** Customers with an ACTIVE deadline of one of the products (any, with the flag) expiring in [from, to]. */
    @Query("""
            select distinct d.customer.id from Deadline d
            where d.status = it.semaforo.deadlines.DeadlineStatus.ACTIVE
              and (:anyProduct = true or d.product.id in :productIds)
              and d.expiryDate between :from and :to
            """)
    List<Long> findCustomerIdsWithActiveDeadlines(@Param("anyProduct") boolean anyProduct,
                                                  @Param("productIds") java.util.Collection<Long> productIds,
                                                  @Param("from") LocalDate from, @Param("to") LocalDate to);


    /** Every period of every service of these customers, latest expiry first. */
    @EntityGraph(attributePaths = {"customer", "product", "source", "bank"})
    @Query("select d from Deadline d where d.customer.id in :customerIds order by d.expiryDate desc, d.id desc")
    List<Deadline> findAllOfCustomers(@Param("customerIds") java.util.Collection<Long> customerIds);

    @Query("""
            select count(d) from Deadline d
            where d.status = :status and d.expiryDate between :from and :to
            """)
    long countByStatusExpiringBetween(@Param("status") DeadlineStatus status, @Param("from") LocalDate from,
                                      @Param("to") LocalDate to);

    @Query("""
            select coalesce(sum(d.amount), 0) from Deadline d
            where d.status = :status and d.expiryDate between :from and :to
            """)
    java.math.BigDecimal sumAmountByStatusExpiringBetween(@Param("status") DeadlineStatus status,
                                                          @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Count and total amount of a customer's deadlines per status. */
    @Query("""
            select d.status as status, count(d) as count, coalesce(sum(d.amount), 0) as total
            from Deadline d where d.customer.id = :customerId group by d.status
            """)
    List<StatusTotal> totalsByStatus(@Param("customerId") long customerId);

    interface StatusTotal {
        DeadlineStatus getStatus();

        long getCount();

        java.math.BigDecimal getTotal();
    }
}
