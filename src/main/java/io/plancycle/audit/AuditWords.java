package io.plancycle.audit;

import io.plancycle.PlanCycleProperties;
import io.plancycle.audit.AuditedTypes.AuditedField;
import io.plancycle.audit.AuditedTypes.AuditedType;
import io.plancycle.notification.RocDates;
import io.plancycle.plan.Agency;
import io.plancycle.security.Identities;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.envers.RevisionType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How the audit trail words a change, in the words the rest of PlanCycle uses: rows and fields by their names, steps
 * by their labels (書面審查), dates and times in ROC years (110/04/30 14:05:00, the users' zone), agencies, cycles and
 * people by name (民政處, 110年度, 民政處承辦人) instead of ids and codes.
 */
@Component
class AuditWords {

    private static final String FIELD_SEPARATOR = "｜";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The enums the pages already name, by the prefix of their messages; any other: audit.enum.{Enum}.{CONSTANT}. */
    private static final Map<String, String> PAGE_WORDS = Map.of("SubmissionStage", "stage.", "CycleStage", "stage.",
            "Direction", "agency.direction.", "TargetKind", "agency.kind.", "RevisionKind", "change.kind.");
    /** The fields that hold the id of the person who did something. */
    private static final Set<String> PEOPLE = Set.of("openedBy", "reviewer", "author", "approver", "changedBy");
    /** The user of a change no person made (a timer, a job, start-up). */
    private static final String SYSTEM = "system";

    private final MessageSource messages;
    private final PlanCycleProperties properties;
    private final PersistenceUnitUtil persistenceUnit;
    private final JdbcTemplate jdbc;
    private final Identities identities;

    AuditWords(MessageSource messages, PlanCycleProperties properties, EntityManagerFactory entityManagerFactory,
               JdbcTemplate jdbc, Identities identities) {
        this.messages = messages;
        this.properties = properties;
        this.persistenceUnit = entityManagerFactory.getPersistenceUnitUtil();
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /** The names a page of the trail shows for ids: three queries, whatever the page's size. */
    Names names() {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
        Map<Long, String> agencies = new HashMap<>();
        jdbc.query("select id, name, name_en from agency", rs -> {
            String en = rs.getString(3);
            agencies.put(rs.getLong(1), english && en != null && !en.isBlank() ? en : rs.getString(2));
        });
        Map<Long, Integer> cycleYears = new HashMap<>();
        jdbc.query("select id, roc_year from cycle", rs -> {
            cycleYears.put(rs.getLong(1), rs.getInt(2));
        });
        return new Names(agencies, cycleYears, identities.names());
    }

    /** What a page needs to name agencies (by id), cycles (by id: their year) and people (by user id). */
    record Names(Map<Long, String> agencies, Map<Long, Integer> cycleYears, Map<String, String> people) {
    }

    /** A person as the trail shows them: the name, with the user id where it differs (民政處承辦人（civil-affairs）). */
    String person(String userId, Names names) {
        if (userId == null) {
            return null;
        }
        if (SYSTEM.equals(userId)) {
            return message("audit.user.system", userId);
        }
        String name = names.people().get(userId);
        return name == null || name.equals(userId) ? userId : name + "（" + userId + "）";
    }

    /** Who made the change, and, a deputy acting then, for whom: 文化局承辦人（cultural-affairs）（代理 文化局主管（…）） */
    private String acting(AuditChange change, Names names) {
        String person = person(change.user(), names);
        if (change.onBehalfOf() == null) {
            return person;
        }
        String principals = Arrays.stream(change.onBehalfOf().split(",")).map(id -> person(id, names))
                .collect(Collectors.joining("、"));
        return messages.getMessage("audit.user.deputyOf", new Object[] {person, principals}, locale());
    }

    /** The entry of one change: the row before ({@code previousRevision}) and after, field by field. */
    AuditEntry entry(AuditChange change, Long previousRevision, Object before, Object after, Names names) {
        AuditedType type = change.type();
        List<AuditEntry.FieldChange> fieldChanges = new ArrayList<>();
        for (AuditedField field : type.fields()) {
            if (field.kind() == AuditedField.Kind.MAP) {
                mapChanges(type, field, before, after, fieldChanges);
                continue;
            }
            String was = before == null ? null : format(field, field.read(before), names);
            String is = after == null ? null : format(field, field.read(after), names);
            if (!Objects.equals(was, is)) {
                fieldChanges.add(new AuditEntry.FieldChange(field.name(), fieldLabel(type, field), was, is));
            }
        }
        Object which = after != null ? after : before;
        String context = which == null ? "" : type.context().stream()
                .map(field -> {
                    String value = format(field, field.read(which), names);
                    return value == null ? null : fieldLabel(type, field) + " " + value;
                })
                .filter(Objects::nonNull)
                .collect(Collectors.joining(FIELD_SEPARATOR));
        RevisionType action = change.revisionType();
        return new AuditEntry(change.rev(), change.at(), change.user(), acting(change, names), change.onBehalfOf(), change.address(),
                type.key(), entityLabel(type), change.id(), context, message("audit.action." + action.name(), action.name()),
                action.name(), previousRevision, List.copyOf(fieldChanges));
    }

    /** A map (the cycle's calendar) changes key by key: 時程（書面審查） 110/04/30 → 110/05/07. */
    private void mapChanges(AuditedType type, AuditedField field, Object before, Object after,
                            List<AuditEntry.FieldChange> into) {
        Map<?, ?> was = before == null ? Map.of() : Objects.requireNonNullElse((Map<?, ?>) field.read(before), Map.of());
        Map<?, ?> is = after == null ? Map.of() : Objects.requireNonNullElse((Map<?, ?>) field.read(after), Map.of());
        Set<Object> keys = new TreeSet<>(new TreeMap<Object, Object>(was).keySet());
        keys.addAll(is.keySet());
        for (Object key : keys) {
            String wasValue = value(was.get(key));
            String isValue = value(is.get(key));
            if (!Objects.equals(wasValue, isValue)) {
                String keyName = key instanceof Enum<?> e ? e.name() : String.valueOf(key);
                String label = messages.getMessage("audit.field.keyed", new Object[]{fieldLabel(type, field),
                        message("audit.key." + field.name() + "." + keyName, keyName)}, locale());
                into.add(new AuditEntry.FieldChange(field.name() + "." + keyName, label, wasValue, isValue));
            }
        }
    }

    /** A field's value as the trail shows it: an agency, a cycle or a person by name, a related row by its id. */
    private String format(AuditedField field, Object value, Names names) {
        if (value == null) {
            return null;
        }
        if (field.kind() == AuditedField.Kind.RELATION) {
            Object id = persistenceUnit.getIdentifier(value);
            if (id != null && Agency.class.isAssignableFrom(field.field().getType())) {
                return names.agencies().getOrDefault(((Number) id).longValue(), id.toString());
            }
            return id == null ? null : id.toString();
        }
        if (field.name().equals("cycleId") && value instanceof Number cycleId) {
            Integer year = names.cycleYears().get(cycleId.longValue());
            return year == null ? cycleId.toString() : messages.getMessage("audit.value.cycle", new Object[]{year}, locale());
        }
        if (PEOPLE.contains(field.name()) && value instanceof String userId) {
            return person(userId, names);
        }
        return value(value);
    }

    /** A value in the pages' words: a number as written, yes or no, a step's label, an ROC date or time. */
    private String value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return message("audit.value." + flag, flag.toString());
        }
        if (value instanceof Enum<?> constant) {
            String type = constant.getDeclaringClass().getSimpleName();
            String prefix = PAGE_WORDS.getOrDefault(type, "audit.enum." + type + ".");
            return message(prefix + constant.name(), constant.name());
        }
        if (value instanceof LocalDate day) {
            return RocDates.numeric(day);
        }
        if (value instanceof Instant instant) {
            return time(instant);
        }
        return value.toString();
    }

    /** 110/04/30 14:05:00 in the users' zone. */
    String time(Instant instant) {
        ZonedDateTime at = instant.atZone(properties.zone());
        return RocDates.numeric(at.toLocalDate()) + " " + at.format(TIME);
    }

    String entityLabel(AuditedType type) {
        return message("audit.entity." + type.key(), type.key());
    }

    private String fieldLabel(AuditedType type, AuditedField field) {
        String specific = messages.getMessage("audit.field." + type.key() + "." + field.name(), null, null, locale());
        return specific != null ? specific : message("audit.field." + field.name(), field.name());
    }

    private String message(String code, String fallback) {
        return messages.getMessage(code, null, fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
