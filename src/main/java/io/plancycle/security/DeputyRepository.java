package io.plancycle.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface DeputyRepository extends JpaRepository<Deputy, Long> {

    List<Deputy> findByPrincipalIdOrderByStartsOn(String principalId);

    List<Deputy> findAllByOrderByStartsOnAscIdAsc();

    @Query("select d from Deputy d where d.principalId = ?1 or d.deputyId = ?1 order by d.startsOn, d.id")
    List<Deputy> findConcerning(String userId);

    @Query("select d from Deputy d where d.deputyId = ?1 and d.startsOn <= ?2 and d.endsOn >= ?2 order by d.principalId")
    List<Deputy> findActingBy(String deputyId, LocalDate day);

    @Query("select d from Deputy d where d.principalId in ?1 and d.startsOn <= ?2 and d.endsOn >= ?2 order by d.deputyId")
    List<Deputy> findActingFor(Collection<String> principalIds, LocalDate day);
}
