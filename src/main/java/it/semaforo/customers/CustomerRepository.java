package it.semaforo.customers;

import java.util.Collection;
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

    List<Customer> findByEmailAndKindOrderByIdAsc(String email, CustomerKind kind);

    List<Customer> findByKindInOrderByIdAsc(Collection<CustomerKind> kinds);

    /** How many customers each of the users owns for the role (users owning none are left out). */
    default List<OwnedCount> countOwned(OwnerRole role, Collection<String> users) {
        return role == OwnerRole.SELLER ? countOwnedAsSeller(users) : countOwnedAsAdministration(users);
    }

    @Query("""
            select c.ownerUserId as userId, count(c) as customers from Customer c
            where c.ownerUserId in :users group by c.ownerUserId
            """)
    List<OwnedCount> countOwnedAsSeller(@Param("users") Collection<String> users);

    @Query("""
            select c.adminOwnerUserId as userId, count(c) as customers from Customer c
            where c.adminOwnerUserId in :users group by c.adminOwnerUserId
            """)
    List<OwnedCount> countOwnedAsAdministration(@Param("users") Collection<String> users);

    interface OwnedCount {
        String getUserId();

        long getCustomers();
    }

    @Query("""
            select c from Customer c
            where (:kind is null or c.kind = :kind)
              and (:state is null or c.prospectState = :state)
              and (:owner is null or c.ownerUserId = :owner)
              and (:search is null or lower(c.name) like :search or c.vatNumber like :search
                   or lower(c.taxCode) like :search or lower(c.email) like :search)
            """)
    Page<Customer> search(@Param("kind") CustomerKind kind, @Param("state") ProspectState prospectState,
                          @Param("search") String search, @Param("owner") String ownerUserId, Pageable pageable);

    /** Ids of the customers matching every given condition; an empty list (with its flag) means any. */
    @Query("""
            select c.id from Customer c
            where c.kind in :kinds
              and (:anyProvince = true or c.province in :provinces)
              and (:anySector = true or lower(c.sector) in :sectors)
              and (:prospectState is null or c.prospectState = :prospectState)
            order by c.id
            """)
    List<Long> findIdsMatching(@Param("kinds") Collection<CustomerKind> kinds,
                               @Param("anyProvince") boolean anyProvince,
                               @Param("provinces") Collection<String> provinces,
                               @Param("anySector") boolean anySector, @Param("sectors") Collection<String> sectors,
                               @Param("prospectState") ProspectState prospectState);
}
