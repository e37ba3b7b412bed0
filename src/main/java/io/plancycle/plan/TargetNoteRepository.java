package io.plancycle.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface TargetNoteRepository extends JpaRepository<TargetNote, Long> {

    List<TargetNote> findByKpiIdIn(Collection<Long> kpiIds);
}
