package io.plancycle.review;

import io.plancycle.revision.RevisionView;

/** A recorded change of the agency's plan with the KPI it is about (null when that KPI is unknown). */
public record RevisionLine(RevisionView change, KpiRef kpi) {
}
