package io.plancycle.audit;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity the audit trail covers, found in the persistence unit (each class annotated {@link Audited}), with its
 * audit table and the fields a change is shown in. An entity audited later appears here by itself.
 */
@Component
class AuditedTypes {

    /** The order entries of one revision are listed in: the cycle and the plan before what hangs on them. */
    private static final List<String> ORDER = List.of("Cycle", "Agency", "Plan", "Goal", "Kpi", "Target", "Actual",
            "TargetNote", "Review", "ReviewComment", "PanelAssignment", "PanelOpinion", "ThresholdReason", "Revision",
            "CommentReply", "SignOff", "Approval", "DeadlineChange", "AgencyContact", "Deputy", "UserAccountChange");

    /**
     * The fields that say which row a change is about, shown with every change of it even where they did not change
     * (a changed target names its KPI and year); properties a type does not have are ignored.
     */
    private static final List<String> CONTEXT = List.of("agency", "cycleId", "planId", "plan", "goal", "kpi", "kpiId",
            "year", "round", "no", "code", "role", "userId", "groupId", "principalId");

    /** One field of an audited entity as the trail shows it. */
    record AuditedField(String name, Field field, Kind kind) {
        enum Kind { VALUE, RELATION, MAP }

        Object read(Object entity) {
            try {
                return field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
    }

    /** One audited entity: its key (the class's simple name, e.g. {@code Target}), class, audit table and fields. */
    record AuditedType(int index, String key, Class<?> javaType, String table, List<AuditedField> fields,
                       List<AuditedField> context) {
    }

    private final List<AuditedType> types;
    private final Map<String, AuditedType> byKey = new LinkedHashMap<>();

    AuditedTypes(EntityManagerFactory entityManagerFactory) {
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        List<Class<?>> audited = new ArrayList<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type != null && type.isAnnotationPresent(Audited.class)) {
                audited.add(type);
            }
        }
        audited.sort(Comparator.comparingInt((Class<?> c) -> {
            int i = ORDER.indexOf(c.getSimpleName());
            return i < 0 ? ORDER.size() : i;
        }).thenComparing(Class::getSimpleName));
        List<AuditedType> found = new ArrayList<>();
        for (Class<?> type : audited) {
            EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(type.getName() + "_AUD");
            String table = ((AbstractEntityPersister) persister).getTableName();
            List<AuditedField> fields = fields(type);
            List<AuditedField> context = CONTEXT.stream()
                    .flatMap(name -> fields.stream().filter(f -> f.name().equals(name) && f.kind() != AuditedField.Kind.MAP))
                    .toList();
            AuditedType auditedType = new AuditedType(found.size(), type.getSimpleName(), type, table, fields, context);
            found.add(auditedType);
            byKey.put(auditedType.key().toLowerCase(Locale.ROOT), auditedType);
        }
        this.types = List.copyOf(found);
    }

    List<AuditedType> all() {
        return types;
    }

    Optional<AuditedType> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key.strip().toLowerCase(Locale.ROOT)));
    }

    AuditedType byIndex(int index) {
        return types.get(index);
    }

    /** The audited fields in declaration order: no id, no version, no list of children (each child has its own trail). */
    private static List<AuditedField> fields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<AuditedField> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(Id.class)
                        || field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(NotAudited.class)
                        || field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
                    continue;
                }
                AuditedField.Kind kind;
                if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
                    kind = AuditedField.Kind.RELATION;
                } else if (field.isAnnotationPresent(ElementCollection.class)) {
                    if (!Map.class.isAssignableFrom(field.getType())) {
                        continue;
                    }
                    kind = AuditedField.Kind.MAP;
                } else {
                    kind = AuditedField.Kind.VALUE;
                }
                field.setAccessible(true);
                fields.add(new AuditedField(field.getName(), field, kind));
            }
        }
        return List.copyOf(fields);
    }
}
