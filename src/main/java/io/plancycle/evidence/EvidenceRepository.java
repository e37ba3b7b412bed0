package io.plancycle.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByKpiIdInAndYearOrderById(Collection<Long> kpiIds, int year);

    List<Evidence> findByKpiIdAndYear(Long kpiId, int year);
}
