package io.plancycle.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One change to the users and groups of the process engine's identity store (where PlanCycle's users, their group
 * memberships and their hashed passwords live, outside JPA), written in the transaction of the change itself by
 * {@link RecordingIdentityProvider}. Audited like every other entity, so its revision says who made the change, when
 * and from where. Only ever inserted: a record of what happened, never edited. No password or hash is ever kept.
 */
@Entity
@Table(name = "user_account_change")
@Audited
public class UserAccountChange {

    /** What happened to the account or group. */
    public enum Kind {
        USER_CREATED, USER_UPDATED, PASSWORD_CHANGED, USER_DELETED, USER_UNLOCKED, USER_DISABLED, USER_ENABLED,
        JOINED_GROUP, LEFT_GROUP,
        GROUP_CREATED, GROUP_UPDATED, GROUP_DELETED
    }

    static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userId;
    private String groupId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String detail;

    protected UserAccountChange() {
    }

    UserAccountChange(String userId, String groupId, Kind kind, String detail) {
        this.userId = userId;
        this.groupId = groupId;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public Long getId() { return id; }
    public String getUserId() { return userId; }
    public String getGroupId() { return groupId; }
    public Kind getKind() { return kind; }
    public String getDetail() { return detail; }
}
