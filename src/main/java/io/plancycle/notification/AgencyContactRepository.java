package io.plancycle.notification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface AgencyContactRepository extends JpaRepository<AgencyContact, Long> {

    @Query("select c from AgencyContact c where c.agency.code = :agencyCode order by c.id")
    List<AgencyContact> findByAgencyCode(String agencyCode);

    @Query("select c from AgencyContact c where c.agency.code = :agencyCode and c.role = :role order by c.id")
    List<AgencyContact> findByAgencyCodeAndRole(String agencyCode, ContactRole role);

    boolean existsByAgencyId(Long agencyId);
}
