package io.plancycle.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface AgencyRepository extends JpaRepository<Agency, Long> {
    Optional<Agency> findByCode(String code);

    List<Agency> findAllByOrderBySortOrder();

    List<Agency> findByCodeIn(List<String> codes);
}
