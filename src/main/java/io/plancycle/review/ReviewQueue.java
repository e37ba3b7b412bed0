package io.plancycle.review;

import io.plancycle.cycle.Decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The evaluation team's queue: submissions waiting for review, soonest due first, and the latest decisions. */
public record ReviewQueue(List<Waiting> waiting, List<Decided> decided) {

    public record Waiting(int year, String agencyCode, String agencyName, int round, Instant submittedAt, LocalDate dueOn) {
    }

    public record Decided(int year, String agencyCode, String agencyName, int round, Decision decision, String reviewer,
                          Instant decidedAt) {
    }
}
