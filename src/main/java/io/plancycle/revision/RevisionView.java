package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import java.time.Instant;

/**
 * A recorded change as the history shows it: before → after, with the reason, who and when; a lowered target also with
 * its cause and countermeasure (else null).
 */
public record RevisionView(Long id, int round, RevisionKind kind, Long goalId, Long kpiId, Integer year, String before,
                           String after, String reason, String cause, String countermeasure, String author,
                           Instant createdAt) {

    static RevisionView of(Revision r) {
        return new RevisionView(r.getId(), r.getRound(), r.getKind(), r.getGoalId(), r.getKpiId(), r.getYear(),
                r.getBeforeValue(), r.getAfterValue(), r.getReason(), r.getCause(), r.getCountermeasure(), r.getAuthor(),
                r.getCreatedAt());
    }
}
