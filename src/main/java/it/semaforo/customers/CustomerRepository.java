package it.semaforo.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByVatNumber(String vatNumber);

    Optional<Customer> findFirstByTaxCodeOrderByIdAsc(String taxCode);

    Optional<Customer> findFirstByEmailOrderByIdAsc(String email);

    List<Customer> findByPhoneOrderByIdAsc(String phone);

    @Query("""
            select c from Customer c
            where (:kind is null or c.kind = :kind)
              and (:owner is null or c.ownerUserId = :owner)
              and (:search is null or lower(c.name) like :search or c.vatNumber like :search
                   or lower(c.taxCode) like :search or lower(c.email) like :search)
            """)
    Page<Customer> search(@Param("kind") CustomerKind kind, @Param("search") String search,
                          @Param("owner") String ownerUserId, Pageable pageable);
}
