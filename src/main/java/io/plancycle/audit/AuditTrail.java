package io.plancycle.audit;

import io.plancycle.PlanCycleProperties;
import io.plancycle.audit.AuditedTypes.AuditedType;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.Problems;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the audit trail that Hibernate Envers keeps: every change of every audited row, newest first, with who made
 * it, when, from which address, and each field before and after (the row at its previous revision against the row at
 * this one). For the planning office only.
 *
 * <p>One page costs a fixed number of queries whatever its size (at most {@value AuditFilter#MAX_SIZE}): one that
 * lists the page's changes across every audit table (and one that counts them), then per type of row on the page one
 * that finds each row's previous revision and one Envers query that loads the rows at this and at the previous
 * revision, and three that name the agencies, cycles and people ({@link AuditWords}). Envers adds one query per
 * year-cycle on the page to read its calendar (an element collection).
 */
@Service
public class AuditTrail {

    /** How many entries an export reads per transaction. */
    static final int EXPORT_CHUNK = AuditFilter.MAX_SIZE;

    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditedTypes types;
    private final AuditWords words;
    private final PlanCycleProperties properties;
    private final PersistenceUnitUtil persistenceUnit;
    private final TransactionTemplate readOnly;

    AuditTrail(EntityManager entityManager, EntityManagerFactory entityManagerFactory, NamedParameterJdbcTemplate jdbc,
               AuditedTypes types, AuditWords words, PlanCycleProperties properties,
               PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.types = types;
        this.words = words;
        this.properties = properties;
        this.persistenceUnit = entityManagerFactory.getPersistenceUnitUtil();
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** A type of row the trail can be narrowed to: its key for the {@code entity} filter and its name for users. */
    public record TypeOption(String key, String label) {
    }

    /** The types of row in the trail, in the order entries of one revision are listed. */
    public List<TypeOption> types() {
        CurrentUser.require(Role.ADMIN);
        return types.all().stream().map(t -> new TypeOption(t.key(), words.entityLabel(t))).toList();
    }

    /**
     * Reads the filters of a request; blank ones mean any.
     *
     * @throws io.plancycle.problem.InvalidInputException naming every bad parameter
     */
    public AuditFilter filter(String user, String entity, String from, String to) {
        return AuditFilter.parse(user, entity, from, to, types);
    }

    /**
     * Reads the filters, page and size of a request; blank ones mean any (page 0, size {@value AuditFilter#DEFAULT_SIZE}).
     *
     * @throws io.plancycle.problem.InvalidInputException naming every bad parameter
     */
    public AuditRequest request(String user, String entity, String from, String to, String page, String size) {
        Problems problems = new Problems();
        AuditFilter filter = AuditFilter.parse(user, entity, from, to, types, problems);
        AuditFilter.Paging paging = AuditFilter.paging(page, size, problems);
        problems.throwIfAny();
        return new AuditRequest(filter, paging.page(), paging.size());
    }

    /** What a request asks for: the filter and which page of how many entries. */
    public record AuditRequest(AuditFilter filter, int page, int size) {
    }

    /** One page of the entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public AuditPage page(AuditFilter filter, int page, int size) {
        CurrentUser.require(Role.ADMIN);
        if (page < 0 || size < 1 || size > AuditFilter.MAX_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + AuditFilter.MAX_SIZE);
        }
        return read(filter, page, size, null, true);
    }

    /**
     * Every entry matching the filter, newest first, handed to {@code sink} as read ({@value #EXPORT_CHUNK} per
     * transaction). Changes committed after the export began are left out, so that none is listed twice.
     */
    public void export(AuditFilter filter, Consumer<AuditEntry> sink) {
        CurrentUser.require(Role.ADMIN);
        Long until = jdbc.getJdbcTemplate().queryForObject("select coalesce(max(id), 0) from audit_revision", Long.class);
        for (int page = 0; ; page++) {
            int chunk = page;
            List<AuditEntry> read = readOnly.execute(status -> read(filter, chunk, EXPORT_CHUNK, until, false).entries());
            read.forEach(sink);
            if (read.size() < EXPORT_CHUNK) {
                return;
            }
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    private record RowAt(long id, long rev) {
    }

    /** One page; {@code total} is counted only if asked for (an export has no use for it), else -1. */
    private AuditPage read(AuditFilter filter, int page, int size, Long until, boolean count) {
        List<AuditedType> included = filter.entity() == null ? types.all()
                : List.of(types.byKey(filter.entity()).orElseThrow());
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String from = "from (" + included.stream()
                .map(t -> "select " + t.index() + " as t, id, rev, revtype from " + t.table())
                .collect(Collectors.joining(" union all ")) + ") e join audit_revision r on r.id = e.rev";
        List<String> conditions = new ArrayList<>();
        if (until != null) {
            conditions.add("e.rev <= :until");
            parameters.addValue("until", until);
        }
        if (filter.user() != null) {
            conditions.add("r.user_id = :user");
            parameters.addValue("user", filter.user());
        }
        if (filter.from() != null) {
            conditions.add("r.changed_at >= :from");
            parameters.addValue("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("r.changed_at < :to");
            parameters.addValue("to", startOf(filter.to().plusDays(1)));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Long total = count ? jdbc.queryForObject("select count(*) " + from + where, parameters, Long.class) : Long.valueOf(-1);
        parameters.addValue("offset", (long) page * size).addValue("size", size);
        List<AuditChange> changes = jdbc.query("select e.t, e.id, e.rev, e.revtype, r.changed_at, r.user_id, r.address, r.on_behalf_of " + from
                        + where + " order by e.rev desc, e.t, e.id offset :offset rows fetch next :size rows only",
                parameters,
                (rs, i) -> new AuditChange(types.byIndex(rs.getInt(1)), rs.getLong(2), rs.getLong(3),
                        RevisionType.fromRepresentation(rs.getByte(4)),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(8), rs.getString(7)));
        return new AuditPage(page, size, total == null ? 0 : total, entries(changes));
    }

    private OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(properties.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private List<AuditEntry> entries(List<AuditChange> changes) {
        Map<AuditedType, List<AuditChange>> byType = new LinkedHashMap<>();
        changes.forEach(c -> byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c));
        Map<AuditedType, Map<RowAt, Long>> previous = new HashMap<>();
        Map<AuditedType, Map<RowAt, Object>> rows = new HashMap<>();
        AuditReader reader = AuditReaderFactory.get(entityManager);
        byType.forEach((type, ofType) -> {
            Map<RowAt, Long> previousOfType = previousRevisions(type, ofType);
            previous.put(type, previousOfType);
            Set<Long> ids = new HashSet<>();
            Set<Long> revisions = new HashSet<>();
            ofType.forEach(c -> {
                ids.add(c.id());
                revisions.add(c.rev());
            });
            revisions.addAll(previousOfType.values());
            rows.put(type, snapshots(reader, type, ids, revisions));
        });
        AuditWords.Names names = words.names();
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (AuditChange change : changes) {
            Long previousRevision = previous.get(change.type()).get(new RowAt(change.id(), change.rev()));
            Map<RowAt, Object> ofType = rows.get(change.type());
            Object before = previousRevision == null ? null : ofType.get(new RowAt(change.id(), previousRevision));
            Object after = change.revisionType() == RevisionType.DEL ? null : ofType.get(new RowAt(change.id(), change.rev()));
            entries.add(words.entry(change, previousRevision, before, after, names));
        }
        return entries;
    }

    /** For each changed row on the page, the revision it had before: one query per type. */
    private Map<RowAt, Long> previousRevisions(AuditedType type, List<AuditChange> changes) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("ids", changes.stream().map(AuditChange::id).distinct().toList())
                .addValue("revs", changes.stream().map(AuditChange::rev).distinct().toList());
        Map<RowAt, Long> previous = new HashMap<>();
        jdbc.query("select e.id, e.rev, (select max(p.rev) from " + type.table() + " p where p.id = e.id and p.rev < e.rev)"
                        + " from " + type.table() + " e where e.id in (:ids) and e.rev in (:revs)", parameters,
                rs -> {
                    long previousRevision = rs.getLong(3);
                    if (!rs.wasNull()) {
                        previous.put(new RowAt(rs.getLong(1), rs.getLong(2)), previousRevision);
                    }
                });
        return previous;
    }

    /** The rows of one type as they were at the given revisions (Envers), by id and revision. */
    private Map<RowAt, Object> snapshots(AuditReader reader, AuditedType type, Set<Long> ids, Set<Long> revisions) {
        List<?> found = reader.createQuery()
                .forRevisionsOfEntity(type.javaType(), false, true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().in(revisions))
                .getResultList();
        Map<RowAt, Object> byRow = new HashMap<>();
        for (Object result : found) {
            Object[] row = (Object[]) result;
            Object id = persistenceUnit.getIdentifier(row[0]);
            byRow.put(new RowAt(((Number) id).longValue(), ((AuditRevision) row[1]).getId()), row[0]);
        }
        return byRow;
    }
}
