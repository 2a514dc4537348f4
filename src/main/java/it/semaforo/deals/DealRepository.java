package it.semaforo.deals;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRepository extends JpaRepository<Deal, Long> {

    List<Deal> findByCustomerIdAndStatusOrderByIdDesc(long customerId, DealStatus status);

    List<Deal> findByStatusAndClosedAtGreaterThanEqualAndClosedAtLessThan(DealStatus status, Instant from, Instant to);

    List<Deal> findByCampaignIdAndStatusAndClosedAtGreaterThanEqualAndClosedAtLessThan(long campaignId,
                                                                                      DealStatus status, Instant from,
                                                                                      Instant to);

    @Query("""
            select d from Deal d
            where (:status is null or d.status = :status)
              and (:phase is null or d.phase = :phase)
              and (:campaignId is null or d.campaignId = :campaignId)
              and (:customerId is null or d.customerId = :customerId)
              and (:seller is null or d.sellerUserId = :seller)
            """)
    Page<Deal> search(@Param("status") DealStatus status, @Param("phase") String phase,
                      @Param("campaignId") Long campaignId, @Param("customerId") Long customerId,
                      @Param("seller") String sellerUserId, Pageable pageable);

    @Query("select d.status as key, count(d) as count from Deal d where d.campaignId = :campaignId group by d.status")
    List<Count> countByStatus(@Param("campaignId") long campaignId);

    @Query("select d.phase as key, count(d) as count from Deal d where d.campaignId = :campaignId group by d.phase")
    List<Count> countByPhase(@Param("campaignId") long campaignId);

    interface Count {
        Object getKey();

        long getCount();
    }
}
