package io.plancycle.plan;

/** What a new medium-term plan made of an agency. */
public enum AgencyChangeKind { UNCHANGED, RENAMED, MERGED, SPLIT, ADDED }
